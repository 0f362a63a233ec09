package org.jcrm.grammar.ast;

import java.util.List;

/** {@code alert ID path [description=] [attributes|meta ...] [select ...] [to ...]...}; selectors of all select clauses in order. */
public record AlertDef(String id, String path, String description, List<NvSet> sets, List<AlertSelector> selectors,
                       List<AlertRecipient> recipients, List<String> comments, SourcePos pos) implements ObjectDef {
    public AlertDef {
        sets = List.copyOf(sets);
        selectors = List.copyOf(selectors);
        recipients = List.copyOf(recipients);
        comments = List.copyOf(comments);
    }
}
