package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/** Resource sets, groups, clones and tags must contain something (the schema requires it). */
public final class EmptyContainerRule implements VerifyRule {
    @Override
    public String name() {
        return "empty-container";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        for (Element constraint : Constraints.all(cib)) {
            for (Element set : CibDocument.children(constraint, "resource_set")) {
                if (CibDocument.children(set, "resource_ref").isEmpty()) {
                    report.error(set, "resource set '" + set.getAttribute("id") + "' of constraint '"
                            + constraint.getAttribute("id") + "' is empty");
                }
            }
        }
        Element resources = cib.section("resources");
        for (Element group : cib.elements(resources, "group")) {
            if (CibDocument.children(group, "primitive").isEmpty()) {
                report.error(group, "group '" + group.getAttribute("id") + "' has no resources");
            }
        }
        for (String tag : new String[] {"clone", "master"}) {
            for (Element clone : cib.elements(resources, tag)) {
                if (CibDocument.children(clone, "primitive").isEmpty() && CibDocument.children(clone, "group").isEmpty()) {
                    report.error(clone, "clone '" + clone.getAttribute("id") + "' has no resource to clone");
                }
            }
        }
        for (Element t : cib.elements(cib.section("tags"), "tag")) {
            if (CibDocument.children(t, "obj_ref").isEmpty()) {
                report.error(t, "tag '" + t.getAttribute("id") + "' is empty");
            }
        }
    }
}
