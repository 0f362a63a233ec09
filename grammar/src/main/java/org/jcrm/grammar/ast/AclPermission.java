package org.jcrm.grammar.ast;

import java.util.List;

/** {@code read|write|deny [id:] [description=] spec...}. */
public record AclPermission(String kind, String id, String description, List<AclSpec> specs, SourcePos pos) {
    public AclPermission {
        specs = List.copyOf(specs);
    }
}
