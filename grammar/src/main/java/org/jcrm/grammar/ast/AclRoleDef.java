package org.jcrm.grammar.ast;

import java.util.List;

/** {@code role ID [description=] permission...}. */
public record AclRoleDef(String id, String description, List<AclPermission> permissions, List<String> comments,
                         SourcePos pos) implements ObjectDef {
    public AclRoleDef {
        permissions = List.copyOf(permissions);
        comments = List.copyOf(comments);
    }
}
