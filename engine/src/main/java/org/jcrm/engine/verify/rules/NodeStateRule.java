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
 * What the status section says about nodes, judged as Pacemaker's unpack does: a node that is expected
 * but has left the membership (or whose controller is gone) is unclean and must be fenced; a node never
 * seen is unclean when fencing is on (a warning only when the CIB has no status section at all, as
 * for crm text, which describes configuration only); a node state for a node no longer configured is stale. crm_verify
 * calls a configuration with any of these "not valid", so they are errors here too, as is a node whose
 * termination was requested, or one that is offline while its history says a managed resource is active
 * there (both are fenced).
 */
public final class NodeStateRule implements VerifyRule {
    @Override
    public String name() {
        return "node-state";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        Element status = cib.status();
        boolean fencing = FencingRule.fencingEnabled(cib);
        String startupFencing = FencingRule.clusterOption(cib, "startup-fencing");
        // without a status section (crm text has none) this is a configuration, not a cluster's state:
        // its nodes are "never seen" only because nothing has run yet, so that is advice
        boolean snapshot = status != null;
        Set<String> configured = new HashSet<>();
        for (Element node : CibDocument.children(cib.section("nodes"), "node")) {
            if ("remote".equals(node.getAttribute("type")) || "ping".equals(node.getAttribute("type"))) {
                continue;
            }
            configured.add(node.getAttribute("id"));
            Element state = stateOf(status, node.getAttribute("id"));
            String name = node.hasAttribute("uname") ? node.getAttribute("uname") : node.getAttribute("id");
            if (state == null) {
                if (fencing && (startupFencing == null || !Values.isFalse(startupFencing))) {
                    String message = "node " + name + " has never been seen by the cluster: it is unclean and "
                            + "will be fenced at start-up (startup-fencing)";
                    if (snapshot) {
                        report.error(node, message);
                    } else {
                        report.warning(node, message + " unless it joins first");
                    }
                }
                continue;
            }
            String reason = fencing ? uncleanWithFencing(state) : uncleanWithoutFencing(state);
            if (reason == null && terminationRequested(state)) {
                reason = "termination was requested (node attribute terminate)";
            }
            if (reason == null && fencing && !online(state) && !inMaintenance(node)) {
                String active = activeResource(cib, state);
                reason = active == null ? null : "it is offline but " + active + " is thought to be active there";
            }
            if (reason != null) {
                report.error(node, "node " + name + " is unclean: " + reason
                        + (fencing ? "; it will be fenced" : " and it cannot be fenced"));
            }
        }
        for (Element state : CibDocument.children(status, "node_state")) {
            if (Values.isTrue(CibDocument.attr(state, "remote_node"))) {
                // a remote or guest node exists only while a resource (or a remote node entry) defines it
                if (state.hasAttribute("id") && !isRemote(cib, state)) {
                    report.error(state, "the status section has a state for remote node '" + state.getAttribute("id")
                            + "', which no resource defines any more");
                }
                continue;
            }
            if (!state.hasAttribute("id") || !state.hasAttribute("uname")) {
                report.error(state, "a node state in the status section has no " + (state.hasAttribute("id") ? "uname" : "id"));
            } else if (!configured.contains(state.getAttribute("id")) && cib.section("nodes") != null
                    && !isRemote(cib, state)) {
                report.error(state, "the status section has a state for node '" + state.getAttribute("uname")
                        + "', which is no longer configured");
            }
        }
    }

    /** Whether the state belongs to a remote or guest node, which the resources define rather than nodes. */
    private static boolean isRemote(CibDocument cib, Element state) {
        String id = state.getAttribute("id");
        String uname = state.hasAttribute("uname") ? state.getAttribute("uname") : id;
        Element byId = cib.byId(id);
        if (byId != null && (!byId.getTagName().equals("node") || "remote".equals(byId.getAttribute("type")))) {
            return true;
        }
        for (Element rsc : cib.resources()) {
            if (uname.equals(CibDocument.meta(rsc, "remote-node")) || rsc.getTagName().equals("bundle")
                    && uname.startsWith(rsc.getAttribute("id") + "-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean online(Element state) {
        return Values.isTrue(CibDocument.attr(state, "in_ccm")) && "online".equals(CibDocument.attr(state, "crmd"));
    }

    /** Whether the node's own attributes put it in maintenance, when Pacemaker leaves its resources alone. */
    private static boolean inMaintenance(Element node) {
        for (Element attrs : CibDocument.children(node, "instance_attributes")) {
            for (Element nv : CibDocument.children(attrs, "nvpair")) {
                if (nv.getAttribute("name").equals("maintenance") && Values.isTrue(CibDocument.attr(nv, "value"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first managed resource the node's history says is active there, or null. */
    private static String activeResource(CibDocument cib, Element state) {
        for (Element entry : ResourceHistory.entries(state)) {
            if (ResourceHistory.active(entry) && ResourceHistory.managed(cib, cib.resource(ResourceHistory.baseId(entry)))) {
                return entry.getAttribute("id");
            }
        }
        return null;
    }

    /** Whether the node's transient attributes ask for it to be terminated (fenced). */
    private static boolean terminationRequested(Element state) {
        for (Element attrs : CibDocument.descendants(state, "transient_attributes")) {
            for (Element nv : CibDocument.descendants(attrs, "nvpair")) {
                String value = CibDocument.attr(nv, "value");
                if (nv.getAttribute("name").equals("terminate") && value != null
                        && (Values.isTrue(value) || Values.isInteger(value) && Long.parseLong(value.trim()) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Element stateOf(Element status, String nodeId) {
        for (Element state : CibDocument.children(status, "node_state")) {
            if (state.getAttribute("id").equals(nodeId)) {
                return state;
            }
        }
        return null;
    }

    /**
     * Why the node is unclean when fencing is on, or null when it is clean: it is not known to the
     * membership layer at all, was refused membership, or left the membership or lost its controller
     * while the cluster expected it up.
     */
    private static String uncleanWithFencing(Element state) {
        String inCcm = CibDocument.attr(state, "in_ccm");
        String crmd = CibDocument.attr(state, "crmd");
        String join = CibDocument.attr(state, "join");
        String expected = CibDocument.attr(state, "expected");
        if (inCcm == null && crmd == null && join == null) {
            return null;
        } else if (inCcm == null) {
            return "it has not been seen by the membership layer";
        } else if (join != null && !Set.of("member", "down", "pending").contains(join)) {
            return "it failed the membership criteria (join=" + join + ")";
        } else if ("down".equals(expected)) {
            return null;
        } else if (!Values.isTrue(inCcm)) {
            boolean wasUp = "online".equals(crmd) || "member".equals(join) || "member".equals(expected);
            return wasUp ? "it is no longer part of the cluster" : null;
        } else if (!"online".equals(crmd) && "member".equals(join)) {
            return "its controller is no longer available";
        }
        return null;
    }

    /** Why the node is unclean when fencing is off: a member whose controller went away unexpectedly. */
    private static String uncleanWithoutFencing(Element state) {
        boolean member = Values.isTrue(CibDocument.attr(state, "in_ccm"));
        boolean peer = "online".equals(CibDocument.attr(state, "crmd"));
        boolean expectedUp = "member".equals(CibDocument.attr(state, "expected"))
                && "member".equals(CibDocument.attr(state, "join"));
        return member && !peer && expectedUp ? "its controller stopped unexpectedly" : null;
    }
}
