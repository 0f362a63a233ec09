package org.jcrm.grammar.ast;

import java.util.List;

/** {@code acl_group ID role...}. */
public record AclGroupDef(String id, List<String> roles, List<String> comments, SourcePos pos) implements ObjectDef {
    public AclGroupDef {
        roles = List.copyOf(roles);
        comments = List.copyOf(comments);
    }
}
