package org.jcrm.engine.verify.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Resource operations: a name and an interval are required; the same name and interval twice is an
 * error (Pacemaker cannot tell the two apart); roles and on-fail take fixed words; on-fail=stop cannot
 * apply to stop and on-fail=fence needs fencing. Durations Pacemaker would replace by 0 are warned.
 */
public final class OperationRule implements VerifyRule {
    @Override
    public String name() {
        return "operation";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        boolean fencing = FencingRule.fencingEnabled(cib);
        Element defaults = cib.section("op_defaults");
        String defaultOnFail = defaults == null ? null : CibDocument.meta(defaults, "on-fail");
        Element resources = cib.section("resources");
        for (String tag : new String[] {"primitive", "template"}) {
            for (Element rsc : cib.elements(resources, tag)) {
                Map<String, Element> seen = new HashMap<>();
                for (Element ops : CibDocument.children(rsc, "operations")) {
                    for (Element op : CibDocument.children(ops, "op")) {
                        checkOp(rsc, op, seen, fencing, defaultOnFail, report);
                    }
                }
            }
        }
    }

    private static void checkOp(Element rsc, Element op, Map<String, Element> seen, boolean fencing,
                                String defaultOnFail, Reporter report) {
        String name = op.getAttribute("name");
        String rscId = rsc.getAttribute("id");
        if (name.isEmpty()) {
            report.error(op, "an operation of '" + rscId + "' has no name");
            return;
        }
        String interval = CibDocument.attr(op, "interval");
        if (interval == null) {
            report.error(op, "operation " + name + " of '" + rscId + "' has no interval (use interval=0 for a "
                    + "one-off action)");
        }
        OptionalLong ms = Values.durationMillis(interval == null ? "0" : interval);
        if (!ms.isPresent()) {
            report.warning(op, "operation " + name + " of '" + rscId + "': interval '" + interval
                    + "' is not a duration (Pacemaker would use 0)");
        }
        for (String attr : new String[] {"timeout", "start-delay"}) {
            String v = CibDocument.attr(op, attr);
            if (v != null && !Values.isDuration(v)) {
                report.warning(op, "operation " + name + " of '" + rscId + "': " + attr + " '" + v
                        + "' is not a duration");
            }
        }
        // Only recurring operations are keyed by name and interval; one-off actions may repeat per role.
        String key = name + "@" + ms.orElse(0);
        Element earlier = ms.orElse(0) > 0 ? seen.putIfAbsent(key, op) : null;
        if (earlier != null) {
            report.error(op, "operation " + name + " with interval " + (interval == null ? "0" : interval)
                    + " is defined twice for '" + rscId + "' (" + earlier.getAttribute("id") + " and "
                    + op.getAttribute("id") + "): give each a different interval");
        }
        String role = CibDocument.attr(op, "role");
        if (role != null && !Values.isRole(role)) {
            report.error(op, "operation " + name + " of '" + rscId + "': '" + role + "' is not a role");
        }
        String onFail = CibDocument.attr(op, "on-fail");
        if (onFail != null && !OptionCatalog.OP_META.get("on-fail").accepts().test(onFail)) {
            report.error(op, "operation " + name + " of '" + rscId + "': on-fail '" + onFail + "' is not valid: expected "
                    + OptionCatalog.OP_META.get("on-fail").description());
            return;
        }
        String effective = onFail != null ? onFail : defaultOnFail;
        if (name.equals("stop") && "stop".equals(effective)) {
            report.error(op, "operation stop of '" + rscId + "' cannot have on-fail=stop");
        } else if ("fence".equals(effective) && !fencing) {
            report.error(op, "operation " + name + " of '" + rscId + "' has on-fail=fence but fencing is disabled");
        }
    }
}
