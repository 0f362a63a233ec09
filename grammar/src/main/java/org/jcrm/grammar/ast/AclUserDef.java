package org.jcrm.grammar.ast;

import java.util.List;

/** {@code user ID role:NAME... | permission...} (the pre-2.0 ACL form). */
public record AclUserDef(String id, List<String> roleRefs, List<AclPermission> permissions, List<String> comments,
                         SourcePos pos) implements ObjectDef {
    public AclUserDef {
        roleRefs = List.copyOf(roleRefs);
        permissions = List.copyOf(permissions);
        comments = List.copyOf(comments);
    }
}
