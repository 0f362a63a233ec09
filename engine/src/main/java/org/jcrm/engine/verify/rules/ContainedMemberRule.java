package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * A constraint on a member of a group works against the group's own placement (crmsh advises
 * constraining the group); one on the resource inside a clone is ignored by Pacemaker, an error.
 */
public final class ContainedMemberRule implements VerifyRule {
    @Override
    public String name() {
        return "constrained-member";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        for (Element constraint : Constraints.all(cib)) {
            for (Constraints.Ref ref : Constraints.references(constraint)) {
                Element rsc = cib.resource(ref.id());
                if (rsc == null || !(rsc.getParentNode() instanceof Element parent)) {
                    continue;
                }
                String kind = switch (parent.getTagName()) {
                    case "group" -> "group";
                    case "clone", "master" -> "clone";
                    default -> null;
                };
                if ("clone".equals(kind)) {
                    report.error(constraint, "constraint '" + constraint.getAttribute("id") + "' names '" + ref.id()
                            + "', the resource inside clone '" + parent.getAttribute("id")
                            + "': Pacemaker ignores the constraint; constrain the clone instead");
                } else if (kind != null) {
                    report.warning(constraint, "constraint '" + constraint.getAttribute("id") + "' names '" + ref.id()
                            + "', a member of " + kind + " '" + parent.getAttribute("id") + "': constrain the "
                            + kind + " instead");
                }
            }
        }
    }
}
