package org.jcrm.grammar.ast;

import java.util.List;

/** {@code order ID [kind:] rsc[:action] ... [symmetrical=...]}; kind is Mandatory, Optional or Serialize (a numeric score becomes its kind), null when absent. */
public record OrderDef(String id, String kind, List<ConstraintItem> resources, String symmetrical,
                       List<String> comments, SourcePos pos) implements ObjectDef {
    public OrderDef {
        resources = List.copyOf(resources);
        comments = List.copyOf(comments);
    }
}
