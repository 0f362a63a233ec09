package org.jcrm.engine.node.dc;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Brings the CIB in line with the partition the DC sees: every configured node has a node entry, a
 * member that was not recorded as one has joined (its history is dropped so that it is probed
 * afresh), and a recorded member that is gone has left: cleanly when it was shutting down (the
 * {@code shutdown} attribute), else uncleanly, and then it awaits fencing. The root
 * carries the DC's node id and the quorum.
 */
final class Membership {
    private Membership() {
    }

    static void sync(StatusDocument doc, List<String> members, List<String> configured, String dc) {
        for (int i = 0; i < configured.size(); i++) {
            doc.ensureNode(configured.get(i), Integer.toString(i + 1));
        }
        Element root = doc.root();
        root.setAttribute("dc-uuid", Integer.toString(configured.indexOf(dc) + 1));
        root.setAttribute("have-quorum", "1");
        for (String m : members) {
            if (configured.contains(m) && !doc.isMember(m)) {
                doc.forgetHistory(m);
                doc.memberUp(m);
                doc.nodeStateAttribute(m, Fencer.FAILURE_ATTRIBUTE, "");
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
