package org.jcrm.grammar.ast;

import java.util.List;

/** {@code property [id:|$id=] [rule...] name=value...}: a cluster_property_set. */
public record PropertyDef(NvSet set, List<String> comments, SourcePos pos) implements ObjectDef {
    public PropertyDef {
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return set.id();
    }
}
