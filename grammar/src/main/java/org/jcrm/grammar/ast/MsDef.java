package org.jcrm.grammar.ast;

import java.util.List;

/** {@code ms ID child ...} or {@code master ID child ...}: a promotable clone. */
public record MsDef(String id, String child, String description, List<NvSet> sets, List<String> comments,
                    SourcePos pos) implements ObjectDef {
    public MsDef {
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
