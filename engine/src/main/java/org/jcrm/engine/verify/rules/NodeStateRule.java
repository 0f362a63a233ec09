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
 * seen is unclean when fencing is on; a node state for a node no longer configured is stale. crm_verify
 * calls a configuration with any of these "not valid", so they are errors here too.
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
                    report.error(node, "node " + name + " has never been seen by the cluster: it is unclean and "
                            + "will be fenced at start-up (startup-fencing)");
                }
                continue;
            }
            String reason = fencing ? uncleanWithFencing(state) : uncleanWithoutFencing(state);
            if (reason != null) {
                report.error(node, "node " + name + " is unclean: " + reason
                        + (fencing ? "; it will be fenced" : " and it cannot be fenced"));
            }
        }
        for (Element state : CibDocument.children(status, "node_state")) {
            if (Values.isTrue(CibDocument.attr(state, "remote_node"))) {
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

    private static boolean isRemote(CibDocument cib, Element state) {
        Element byId = cib.byId(state.getAttribute("id"));
        return byId != null && !byId.getTagName().equals("node");
    }

    private static Element stateOf(Element status, String nodeId) {
        for (Element state : CibDocument.children(status, "node_state")) {
            if (state.getAttribute("id").equals(nodeId)) {
                return state;
            }
        }
        return null;
    }

    /** Why the node is unclean when fencing is on, or null when it is clean. */
    private static String uncleanWithFencing(Element state) {
        String inCcm = CibDocument.attr(state, "in_ccm");
        String crmd = CibDocument.attr(state, "crmd");
        String join = CibDocument.attr(state, "join");
        String expected = CibDocument.attr(state, "expected");
        boolean member = Values.isTrue(inCcm);
        boolean peer = "online".equals(crmd);
        if (inCcm == null) {
            return "it has not been seen by the cluster";
        } else if ("nack".equals(join)) {
            return "it failed the membership criteria";
        } else if ("down".equals(expected)) {
            return null;
        } else if (!member) {
            return "it is no longer part of the cluster";
        } else if (!peer) {
            return "its controller is no longer available";
        } else if ("member".equals(join) || "pending".equals(join) || "down".equals(join)) {
            return null;
        }
        return "it is in an unknown state (join=" + join + ")";
    }

    /** Why the node is unclean when fencing is off: it is a member whose controller went away unexpectedly. */
    private static String uncleanWithoutFencing(Element state) {
        boolean member = Values.isTrue(CibDocument.attr(state, "in_ccm"));
        boolean peer = "online".equals(CibDocument.attr(state, "crmd"));
        boolean expectedUp = "member".equals(CibDocument.attr(state, "expected"));
        return member && !peer && expectedUp ? "its controller stopped unexpectedly" : null;
    }
}
