package org.jcrm.grammar.ast;

import java.util.List;

/** {@code fencing_topology [target:] devices...}; the levels in source order. */
public record FencingTopologyDef(List<FencingLevel> levels, List<String> comments, SourcePos pos)
        implements ObjectDef {
    public FencingTopologyDef {
        levels = List.copyOf(levels);
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return null;
    }
}
