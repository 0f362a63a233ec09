package org.jcrm.engine.verify.rules;

import java.util.HashSet;
import java.util.Set;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * A ticket with loss-policy=fence that is not granted while a resource depending on it is active (in
 * the role the ticket constrains): Pacemaker fences every node that resource runs on (a "deadman"
 * ticket), and crm_verify calls such a CIB not valid.
 */
public final class TicketLossRule implements VerifyRule {
    @Override
    public String name() {
        return "ticket-loss";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        for (Element ticket : cib.elements(cib.section("constraints"), "rsc_ticket")) {
            if (!"fence".equals(CibDocument.attr(ticket, "loss-policy")) || granted(cib, ticket.getAttribute("ticket"))) {
                continue;
            }
            Set<String> primitives = new HashSet<>();
            for (Element ref : CibDocument.descendants(ticket, "resource_ref")) {
                addPrimitives(cib, ref.getAttribute("id"), primitives);
            }
            addPrimitives(cib, CibDocument.attr(ticket, "rsc"), primitives);
            String role = CibDocument.attr(ticket, "rsc-role");
            boolean promotedOnly = "Promoted".equals(role) || "Master".equals(role);
            Set<String> fenced = new HashSet<>();
            for (Element state : ResourceHistory.onlineClusterNodes(cib)) {
                String node = ResourceHistory.nodeName(state);
                for (Element entry : ResourceHistory.entries(state)) {
                    if (primitives.contains(ResourceHistory.baseId(entry)) && ResourceHistory.active(entry)
                            && (!promotedOnly || ResourceHistory.promoted(entry)) && fenced.add(node)) {
                        report.error(ticket, "ticket '" + ticket.getAttribute("ticket") + "' is not granted and '"
                                + entry.getAttribute("id") + "' is active on " + node + " with loss-policy=fence: " + node
                                + " will be fenced");
                    }
                }
            }
        }
    }

    /** Whether the status section says the ticket is granted (a ticket never granted is not). */
    private static boolean granted(CibDocument cib, String ticketId) {
        for (Element state : CibDocument.descendants(CibDocument.child(cib.status(), "tickets"), "ticket_state")) {
            if (state.getAttribute("id").equals(ticketId)) {
                return Values.isTrue(CibDocument.attr(state, "granted"));
            }
        }
        return false;
    }

    private static void addPrimitives(CibDocument cib, String id, Set<String> out) {
        Element rsc = id == null ? null : cib.resource(id);
        if (rsc == null) {
            return;
        }
        if (rsc.getTagName().equals("primitive")) {
            out.add(id);
        }
        for (Element p : CibDocument.descendants(rsc, "primitive")) {
            out.add(p.getAttribute("id"));
        }
    }
}
