package org.jcrm.grammar.ast;

import java.util.List;

/** {@code clone ID child ...}. */
public record CloneDef(String id, String child, String description, List<NvSet> sets, List<String> comments,
                       SourcePos pos) implements ObjectDef {
    public CloneDef {
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
