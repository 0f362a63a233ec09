package org.jcrm.grammar.ast;

import java.util.List;

/** {@code monitor rsc[:role] interval[:timeout]}: an extra monitor op for a resource; it has no id of its own. */
public record MonitorDef(String rsc, String role, String interval, String timeout, List<String> comments,
                         SourcePos pos) implements ObjectDef {
    public MonitorDef {
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return null;
    }
}
