package org.jcrm.grammar.ast;

import java.util.List;

/** One target of an ACL permission as written: kind is {@code xpath}, {@code ref}, {@code tag}, {@code attribute} (crmsh spellings normalised) or a shortcut ({@code meta}, {@code params}, {@code node}, ...), args the remaining colon-separated parts. */
public record AclSpec(String kind, List<String> args) {
    public AclSpec {
        args = List.copyOf(args);
    }
}
