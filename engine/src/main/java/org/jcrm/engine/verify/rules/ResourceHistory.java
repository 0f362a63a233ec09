package org.jcrm.engine.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Values;
import org.w3c.dom.Element;

/**
 * Reads what the status section records about resources, as the rules about a running cluster need
 * it: which cluster nodes have history Pacemaker reads, each lrm_resource's last operation, and
 * whether that leaves the resource active or promoted.
 */
final class ResourceHistory {
    /** Pending operations (call-id -1) are the latest of all. */
    private static final long PENDING = Long.MAX_VALUE;

    private ResourceHistory() {
    }

    /** The states of cluster nodes (not remote ones) that are members with a running controller. */
    static List<Element> onlineClusterNodes(CibDocument cib) {
        List<Element> out = new ArrayList<>();
        for (Element state : CibDocument.children(cib.status(), "node_state")) {
            if (!Values.isTrue(CibDocument.attr(state, "remote_node")) && Values.isTrue(CibDocument.attr(state, "in_ccm"))
                    && "online".equals(CibDocument.attr(state, "crmd"))) {
                out.add(state);
            }
        }
        return out;
    }

    /** The node a state is for, by name. */
    static String nodeName(Element state) {
        return state.hasAttribute("uname") ? state.getAttribute("uname") : state.getAttribute("id");
    }

    /** The lrm_resource entries of a node state. */
    static List<Element> entries(Element state) {
        return CibDocument.descendants(CibDocument.child(state, "lrm"), "lrm_resource");
    }

    /** The configured resource an entry is for: its id without a clone instance number. */
    static String baseId(Element entry) {
        String id = entry.getAttribute("id");
        return id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
    }

    /** The latest operation of an entry (by call-id, a one-off before a recurring one), or null. */
    static Element lastOp(Element entry) {
        Element last = null;
        long lastCall = Long.MIN_VALUE;
        for (Element op : CibDocument.children(entry, "lrm_rsc_op")) {
            long call = callId(op);
            if (call > lastCall || call == lastCall && "0".equals(op.getAttribute("interval"))) {
                last = op;
                lastCall = call;
            }
        }
        return last;
    }

    static boolean pending(Element op) {
        return callId(op) == PENDING;
    }

    /** Whether the operation completed with a result other than what was asked for. */
    static boolean failed(Element op) {
        String rc = CibDocument.attr(op, "rc-code");
        String status = CibDocument.attr(op, "op-status");
        boolean ok = "0".equals(rc) || op.getAttribute("operation").equals("stop") && "7".equals(rc);
        return !pending(op) && (!ok || status != null && !"0".equals(status));
    }

    /** Whether the last operation leaves the resource active: anything but a completed stop or "not running". */
    static boolean active(Element entry) {
        Element last = lastOp(entry);
        if (last == null) {
            return false;
        }
        if (pending(last)) {
            return true;
        }
        String rc = CibDocument.attr(last, "rc-code");
        return !"7".equals(rc) && !(last.getAttribute("operation").equals("stop") && "0".equals(rc));
    }

    /** Whether the last operation leaves the resource promoted (a promote, or a monitor that says so). */
    static boolean promoted(Element entry) {
        Element last = lastOp(entry);
        if (last == null) {
            return false;
        }
        String rc = CibDocument.attr(last, "rc-code");
        return "8".equals(rc) || last.getAttribute("operation").equals("promote") && ("0".equals(rc) || pending(last));
    }

    private static long callId(Element op) {
        String v = CibDocument.attr(op, "call-id");
        if (v == null || !Values.isInteger(v)) {
            return Long.MIN_VALUE + 1;
        }
        long call = Long.parseLong(v.trim());
        return call < 0 ? PENDING : call;
    }

    /**
     * Whether Pacemaker manages the resource (null: one no longer configured, which it does): not in
     * maintenance-mode, and neither it, a resource it is in, nor the resource defaults say
     * is-managed=false or maintenance=true.
     */
    static boolean managed(CibDocument cib, Element rsc) {
        if (Values.isTrue(FencingRule.clusterOption(cib, "maintenance-mode"))) {
            return false;
        }
        for (org.w3c.dom.Node n = rsc; n instanceof Element e && CibDocument.RESOURCE_TAGS.contains(e.getTagName());
                n = e.getParentNode()) {
            if (Values.isFalse(CibDocument.meta(e, "is-managed")) || Values.isTrue(CibDocument.meta(e, "maintenance"))) {
                return false;
            }
        }
        for (Element defaults : CibDocument.children(cib.section("rsc_defaults"), "meta_attributes")) {
            for (Element nv : CibDocument.children(defaults, "nvpair")) {
                String value = CibDocument.attr(nv, "value");
                if (nv.getAttribute("name").equals("is-managed") && Values.isFalse(value)
                        || nv.getAttribute("name").equals("maintenance") && Values.isTrue(value)) {
                    return false;
                }
            }
        }
        return true;
    }
}
