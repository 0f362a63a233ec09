package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * A constraint on a member of a group works against the group's own placement (crmsh advises
 * constraining the group); one on the resource inside a clone is ignored by Pacemaker, an error
 * (unless the status records an instance under that bare id: then Pacemaker finds the clone by it).
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
                if ("clone".equals(kind) && recordedUnnumbered(cib, ref.id())) {
                    report.warning(constraint, "constraint '" + constraint.getAttribute("id") + "' names '" + ref.id()
                            + "', the resource inside clone '" + parent.getAttribute("id") + "': Pacemaker applies it to "
                            + "the clone only because the status records an instance under that name; constrain the clone");
                } else if ("clone".equals(kind)) {
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

    /**
     * Whether the status records a clone instance under the bare id (no ":N"), which makes Pacemaker
     * find the clone through that id.
     */
    private static boolean recordedUnnumbered(CibDocument cib, String id) {
        for (Element entry : CibDocument.descendants(cib.status(), "lrm_resource")) {
            if (entry.getAttribute("id").equals(id)) {
                return true;
            }
        }
        return false;
    }
}
