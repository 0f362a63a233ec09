package org.jcrm.engine.node.dc;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Brings the CIB in line with the partition the DC sees: every configured node has a node entry; a
 * member whose daemon boot is known (it said hello) joins when it was not recorded as a member or
 * was recorded under another boot (it restarted): its history and transient attributes are dropped
 * so that it is probed afresh; a recorded member that is gone has left: cleanly when it was shutting
 * down (the {@code shutdown} attribute), else uncleanly, and then it awaits fencing. The root
 * carries the DC's node id and the quorum.
 */
final class Membership {
    private Membership() {
    }

    /** The node_state attribute holding the boot of the daemon the DC saw join. */
    static final String BOOT = "jcrm-boot";

    static void sync(StatusDocument doc, List<String> members, Map<String, String> boots, List<String> configured,
                     String dc) {
        for (int i = 0; i < configured.size(); i++) {
            doc.ensureNode(configured.get(i), Integer.toString(i + 1));
        }
        Element root = doc.root();
        root.setAttribute("dc-uuid", Integer.toString(configured.indexOf(dc) + 1));
        root.setAttribute("have-quorum", "1");
        for (String m : members) {
            String boot = boots.get(m);
            if (!configured.contains(m) || boot == null) {
                continue;
            }
            boolean sameBoot = doc.findNodeState(m).map(ns -> boot.equals(ns.getAttribute(BOOT))).orElse(false);
            if (!doc.isMember(m) || !sameBoot) {
                doc.forgetHistory(m);
                doc.forgetTransientAttributes(m);
                doc.memberUp(m);
                doc.nodeStateAttribute(m, Fencer.FAILURE_ATTRIBUTE, "");
                doc.nodeStateAttribute(m, BOOT, boot);
            }
        }
        for (String n : configured) {
            if (!members.contains(n) && doc.isMember(n)) {
                if (doc.transientAttribute(n, "shutdown").filter(v -> !v.equals("0")).isPresent()) {
                    doc.memberDown(n);
                } else {
                    doc.memberLost(n);
                }
            }
        }
    }
}
