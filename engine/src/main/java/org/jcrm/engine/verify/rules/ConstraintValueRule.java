package org.jcrm.engine.verify.rules;

import java.util.Set;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * The attributes of constraints and resource sets: scores, roles, order kinds and actions, booleans,
 * and the deprecated require-all of orders.
 */
public final class ConstraintValueRule implements VerifyRule {
    private static final Set<String> KINDS = Set.of("Mandatory", "Optional", "Serialize");
    private static final Set<String> ACTIONS = Set.of("start", "stop", "promote", "demote");
    private static final Set<String> ROLE_ATTRIBUTES = Set.of("role", "rsc-role", "with-rsc-role", "first-role",
            "then-role");
    private static final Set<String> ACTION_ATTRIBUTES = Set.of("action", "first-action", "then-action");
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("symmetrical", "sequential", "require-all",
            "influence");

    @Override
    public String name() {
        return "constraint-value";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        for (Element c : Constraints.all(context.cib())) {
            String what = "constraint '" + c.getAttribute("id") + "'";
            checkAttributes(c, what, report);
            for (Element set : CibDocument.children(c, "resource_set")) {
                checkAttributes(set, "resource set '" + set.getAttribute("id") + "'", report);
            }
            if (c.getTagName().equals("rsc_order") && c.hasAttribute("require-all")) {
                report.error(c, what + ": require-all on orders is deprecated: use a clone-min meta attribute");
            }
            if (c.getTagName().equals("rsc_location") && !c.hasAttribute("score") && !c.hasAttribute("score-attribute")
                    && CibDocument.children(c, "rule").isEmpty() && !c.hasAttribute("role")) {
                report.error(c, what + " has neither a score nor a rule");
            }
        }
    }

    private static void checkAttributes(Element e, String what, Reporter report) {
        String score = CibDocument.attr(e, "score");
        if (score != null && !Values.isXmlScore(score)) {
            report.error(e, what + ": score '" + score + "' is not an integer or [+-]INFINITY");
        }
        String kind = CibDocument.attr(e, "kind");
        if (kind != null && !KINDS.contains(kind)) {
            report.error(e, what + ": kind '" + kind + "' is not one of Mandatory, Optional, Serialize");
        }
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            String attr = e.getAttributes().item(i).getNodeName();
            String value = e.getAttributes().item(i).getNodeValue();
            if (ROLE_ATTRIBUTES.contains(attr) && !Values.isRole(value)) {
                report.error(e, what + ": " + attr + " '" + value + "' is not a role");
            } else if (ACTION_ATTRIBUTES.contains(attr) && !ACTIONS.contains(value)) {
                report.error(e, what + ": " + attr + " '" + value + "' is not one of start, stop, promote, demote");
            } else if (BOOLEAN_ATTRIBUTES.contains(attr) && !Values.isBoolean(value)) {
                report.error(e, what + ": " + attr + " '" + value + "' is not a boolean");
            }
        }
    }
}
