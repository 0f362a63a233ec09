package org.jcrm.grammar.ast;

import java.util.List;

/** {@code colocation ID score: rsc[:role] ... [node-attribute=...]}. */
public record ColocationDef(String id, Score score, List<ConstraintItem> resources, String nodeAttribute,
                            List<String> comments, SourcePos pos) implements ObjectDef {
    public ColocationDef {
        resources = List.copyOf(resources);
        comments = List.copyOf(comments);
    }
}
