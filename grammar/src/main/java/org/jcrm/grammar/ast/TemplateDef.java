package org.jcrm.grammar.ast;

import java.util.List;

/** {@code rsc_template ID agent ...}. */
public record TemplateDef(String id, Agent agent, String description, List<NvSet> sets, Operations operations,
                          List<String> comments, SourcePos pos) implements ObjectDef {
    public TemplateDef {
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
