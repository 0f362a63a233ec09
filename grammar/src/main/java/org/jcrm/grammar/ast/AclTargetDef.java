package org.jcrm.grammar.ast;

import java.util.List;

/** {@code acl_target ID role...}. */
public record AclTargetDef(String id, List<String> roles, List<String> comments, SourcePos pos) implements ObjectDef {
    public AclTargetDef {
        roles = List.copyOf(roles);
        comments = List.copyOf(comments);
    }
}
