package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Severity;
import org.jcrm.engine.verify.Suggestions;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Cluster properties: a known name with a value Pacemaker cannot use is an error (it falls back to the
 * default, as crm_verify reports); an unknown name is a warning with the nearest known name.
 */
public final class ClusterOptionRule implements VerifyRule {
    @Override
    public String name() {
        return "cluster-option";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        for (Element set : CibDocument.children(context.cib().section("crm_config"), "cluster_property_set")) {
            for (Element nv : CibDocument.children(set, "nvpair")) {
                String name = nv.getAttribute("name");
                String value = CibDocument.attr(nv, "value");
                OptionType type = OptionCatalog.CLUSTER.get(name);
                if (type == null) {
                    report.warning(nv, "unknown cluster property '" + name + "'"
                            + Suggestions.hint(name, OptionCatalog.CLUSTER.keySet()));
                } else if (value != null && !type.accepts().test(value)) {
                    // Pacemaker reads most bad durations as their default quietly; other bad values it reports.
                    boolean quiet = type == OptionType.DURATION && !name.equals("stonith-timeout");
                    report.add(quiet ? Severity.WARNING : Severity.ERROR, nv, "cluster property " + name + "=" + value + " is not valid: expected "
                            + type.description() + " (Pacemaker would use the default)");
                } else if (name.equals("stonith-action") && "poweroff".equals(value)) {
                    report.error(nv, "stonith-action=poweroff is deprecated: use off");
                }
            }
        }
    }
}
