package org.jcrm.grammar.ast;

import java.util.List;

/** {@code node [id:] uname[:type] ...}. */
public record NodeDef(String id, String uname, String type, String description, List<NvSet> sets,
                      List<String> comments, SourcePos pos) implements ObjectDef {
    public NodeDef {
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
