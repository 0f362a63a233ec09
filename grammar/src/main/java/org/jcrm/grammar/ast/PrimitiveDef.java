package org.jcrm.grammar.ast;

import java.util.List;

/** {@code primitive ID agent|@template ...}; exactly one of agent and template is set. */
public record PrimitiveDef(String id, Agent agent, String template, String description, List<NvSet> sets,
                           Operations operations, List<String> comments, SourcePos pos) implements ObjectDef {
    public PrimitiveDef {
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
