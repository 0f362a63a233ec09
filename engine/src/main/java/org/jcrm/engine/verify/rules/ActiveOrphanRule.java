package org.jcrm.engine.verify.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Resources the status section says are active on an online node but that the configuration no
 * longer has room for, which Pacemaker reports as active orphans and stops: a resource no longer
 * configured at all, and clone instances beyond what clone-node-max (per node) and clone-max (in all)
 * allow. crm_verify calls such a CIB not valid, so these are errors.
 */
public final class ActiveOrphanRule implements VerifyRule {
    @Override
    public String name() {
        return "active-orphan";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        Map<String, Element> cloneOf = clonedPrimitives(cib);
        Map<Element, Map<String, List<Element>>> instances = new LinkedHashMap<>(); // clone -> node -> entries
        for (Element state : ResourceHistory.onlineClusterNodes(cib)) {
            String node = ResourceHistory.nodeName(state);
            for (Element entry : ResourceHistory.entries(state)) {
                String id = entry.getAttribute("id");
                String base = ResourceHistory.baseId(entry);
                if (!ResourceHistory.active(entry)) {
                    continue;
                }
                Element clone = cloneOf.get(base);
                if (clone != null) {
                    instances.computeIfAbsent(clone, c -> new LinkedHashMap<>())
                            .computeIfAbsent(base + "@" + node, k -> new ArrayList<>()).add(entry);
                } else if (cib.resource(base) == null && !generated(cib, base)) {
                    report.error(entry, "resource '" + id + "' is active on " + node + " but no longer configured: "
                            + "it is an orphan Pacemaker will stop");
                }
            }
        }
        instances.forEach((clone, byNode) -> checkInstances(clone, byNode, report));
    }

    /**
     * Each cloned primitive may run clone-node-max instances per node and clone-max in all; the
     * active entries past those limits are orphans.
     */
    private static void checkInstances(Element clone, Map<String, List<Element>> byNode, Reporter report) {
        if (Values.isTrue(CibDocument.meta(clone, "globally-unique"))) {
            return; // unique instances are told apart by number, not counted per node
        }
        // clone-max defaults to the number of nodes, remote and guest ones included: no limit known here
        int cloneMax = limit(CibDocument.meta(clone, "clone-max"), Integer.MAX_VALUE);
        int nodeMax = limit(CibDocument.meta(clone, "clone-node-max"), 1);
        Map<String, Integer> placed = new HashMap<>();
        for (Map.Entry<String, List<Element>> e : byNode.entrySet()) {
            String primitive = e.getKey().substring(0, e.getKey().indexOf('@'));
            String node = e.getKey().substring(e.getKey().indexOf('@') + 1);
            for (Element entry : e.getValue()) {
                int n = placed.merge(primitive + "@" + node, 1, Integer::sum);
                int total = placed.merge(primitive, 1, Integer::sum);
                if (n > nodeMax || total > cloneMax) {
                    report.error(entry, "an instance of '" + primitive + "' (" + entry.getAttribute("id") + ") is active on "
                            + node + " beyond what clone '" + clone.getAttribute("id") + "' allows (" + (n > nodeMax
                            ? "clone-node-max=" + nodeMax : "clone-max=" + cloneMax) + "): it is an orphan Pacemaker will stop");
                }
            }
        }
    }

    private static int limit(String value, int fallback) {
        if (value == null || !Values.isInteger(value)) {
            return fallback;
        }
        return Math.max(0, Integer.parseInt(value.trim()));
    }

    /** Every primitive inside a clone (directly or in its group), mapped to that clone. */
    private static Map<String, Element> clonedPrimitives(CibDocument cib) {
        Map<String, Element> out = new HashMap<>();
        for (String tag : List.of("clone", "master")) {
            for (Element clone : cib.elements(cib.section("resources"), tag)) {
                for (Element p : CibDocument.descendants(clone, "primitive")) {
                    out.put(p.getAttribute("id"), clone);
                }
            }
        }
        return out;
    }

    /**
     * Resources Pacemaker makes itself: a bundle's containers, addresses and connections, and the
     * connection to each guest node (named by a resource's remote-node meta attribute).
     */
    private static boolean generated(CibDocument cib, String id) {
        for (Element bundle : cib.elements(cib.section("resources"), "bundle")) {
            if (id.startsWith(bundle.getAttribute("id") + "-")) {
                return true;
            }
        }
        for (Element rsc : cib.resources()) {
            if (id.equals(CibDocument.meta(rsc, "remote-node"))) {
                return true;
            }
        }
        return false;
    }
}
