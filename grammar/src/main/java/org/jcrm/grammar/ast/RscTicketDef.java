package org.jcrm.grammar.ast;

import java.util.List;

/** {@code rsc_ticket ID ticket: rsc[:role] ... [loss-policy=...]}. */
public record RscTicketDef(String id, String ticket, List<ConstraintItem> resources, String lossPolicy,
                           List<String> comments, SourcePos pos) implements ObjectDef {
    public RscTicketDef {
        resources = List.copyOf(resources);
        comments = List.copyOf(comments);
    }
}
