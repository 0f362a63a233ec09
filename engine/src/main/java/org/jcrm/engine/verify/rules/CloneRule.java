package org.jcrm.engine.verify.rules;

import java.util.Optional;
import org.jcrm.engine.verify.AgentSpec;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Clones: instance counts must be sensible (not negative, promoted-max not above clone-max), a
 * promotable clone needs agents that can promote, and LSB services cannot be globally unique.
 */
public final class CloneRule implements VerifyRule {
    @Override
    public String name() {
        return "clone";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        Element resources = context.cib().section("resources");
        for (String tag : new String[] {"clone", "master"}) {
            for (Element clone : context.cib().elements(resources, tag)) {
                checkClone(clone, tag.equals("master") || Values.isTrue(CibDocument.meta(clone, "promotable")),
                        context, report);
            }
        }
    }

    private static void checkClone(Element clone, boolean promotable, VerifyContext context, Reporter report) {
        String id = clone.getAttribute("id");
        Long max = count(clone, "clone-max", report);
        count(clone, "clone-node-max", report);
        count(clone, "clone-min", report);
        Long promotedMax = count(clone, "promoted-max", report);
        if (promotedMax == null) {
            promotedMax = count(clone, "master-max", report);
        }
        if (max != null && promotedMax != null && promotedMax > max) {
            report.warning(clone, "clone '" + id + "': promoted-max " + promotedMax + " is above clone-max " + max);
        }
        for (Element p : CibDocument.descendants(clone, "primitive")) {
            if (promotable && context.agents().available()) {
                Optional<AgentSpec> spec = context.agents().find(p.getAttribute("class"), CibDocument.attr(p, "provider"),
                        p.getAttribute("type"));
                // A warning, not an error: meta-data may omit actions an agent implements, and
                // Pacemaker and crmsh accept the configuration (the promote then fails at run time).
                if (spec.isPresent() && !spec.get().canPromote()) {
                    report.warning(clone, "clone '" + id + "' is promotable but the agent of '" + p.getAttribute("id")
                            + "' does not list promote and demote in its meta-data");
                }
            }
            if ("lsb".equals(p.getAttribute("class")) && Values.isTrue(CibDocument.meta(clone, "globally-unique"))) {
                report.error(clone, "clone '" + id + "' is globally-unique, but lsb resources such as '"
                        + p.getAttribute("id") + "' can only be anonymous clones");
            }
        }
    }

    private static Long count(Element clone, String name, Reporter report) {
        String v = CibDocument.meta(clone, name);
        if (v == null) {
            return null;
        }
        if (!Values.isInteger(v)) {
            return null; // the meta attribute rule reports values that are not numbers
        }
        if (Long.parseLong(v.trim()) < 0) {
            report.warning(clone, "clone '" + clone.getAttribute("id") + "': " + name + "=" + v
                    + " is not a non-negative integer (Pacemaker treats it as 0)");
            return null;
        }
        return Long.parseLong(v.trim());
    }
}
