package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * With fencing enabled (the default) and no fencing device configured, Pacemaker starts no resource at
 * all: the cluster cannot make a failed node safe. A cluster with a watchdog (have-watchdog, set by sbd)
 * can fence without a device.
 */
public final class FencingRule implements VerifyRule {
    @Override
    public String name() {
        return "fencing";
    }

    /** Whether stonith-enabled is on (it is unless a cluster property turns it off). */
    static boolean fencingEnabled(CibDocument cib) {
        String value = clusterOption(cib, "stonith-enabled");
        return value == null || !Values.isBoolean(value) || Values.isTrue(value);
    }

    /** The value of a cluster option as the first property set giving it says, or null. */
    static String clusterOption(CibDocument cib, String name) {
        for (Element set : CibDocument.children(cib.section("crm_config"), "cluster_property_set")) {
            for (Element nv : CibDocument.children(set, "nvpair")) {
                if (nv.getAttribute("name").equals(name)) {
                    return CibDocument.attr(nv, "value");
                }
            }
        }
        return null;
    }

    /** The nvpair that sets stonith-enabled, or null when it is left at its default. */
    private static Element enabledSetting(CibDocument cib) {
        for (Element set : CibDocument.children(cib.section("crm_config"), "cluster_property_set")) {
            for (Element nv : CibDocument.children(set, "nvpair")) {
                if (nv.getAttribute("name").equals("stonith-enabled")) {
                    return nv;
                }
            }
        }
        return null;
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        if (!fencingEnabled(cib) || Values.isTrue(clusterOption(cib, "have-watchdog"))) {
            return; // nothing to fence with is needed, or a watchdog (sbd) fences
        }
        for (Element p : cib.elements(cib.section("resources"), "primitive")) {
            if ("stonith".equals(p.getAttribute("class"))) {
                return;
            }
        }
        Element where = enabledSetting(cib);
        if (where == null) {
            where = cib.section("crm_config") != null ? cib.section("crm_config") : cib.root();
        }
        report.error(where, "fencing is enabled (stonith-enabled) but no fencing device is configured: no resource "
                + "will start; configure a stonith resource or set stonith-enabled=false");
    }
}
