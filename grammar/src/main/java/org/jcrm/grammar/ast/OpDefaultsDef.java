package org.jcrm.grammar.ast;

import java.util.List;

/** {@code op_defaults [id:] name=value...}. */
public record OpDefaultsDef(NvSet set, List<String> comments, SourcePos pos) implements ObjectDef {
    public OpDefaultsDef {
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return set.id();
    }
}
