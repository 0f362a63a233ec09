package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/** {@code rsc_ticket ID TICKET: RSC[:ROLE]... [loss-policy=P]}. */
final class TicketFormatter implements ObjectFormatter {
    @Override
    public String head(XmlElement e, ShowContext context) {
        List<String> col = e.child("resource_set") != null
                ? ResourceSetText.sets(e, "rsc_ticket")
                : new ArrayList<>(List.of(PairConstraintFormatter.qualified(e, "rsc", "-role")));
        String loss = e.attr("loss-policy");
        if (loss != null && !loss.isEmpty()) {
            col.add("loss-policy=" + loss);
        }
        return "rsc_ticket " + e.attr("id") + " " + e.attr("ticket") + ": " + String.join(" ", col);
    }
}
