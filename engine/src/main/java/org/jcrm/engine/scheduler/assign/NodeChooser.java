package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.NaturalOrder;

/**
 * Picks the best node from candidate scores the way Pacemaker sorts nodes: highest score, then
 * (balanced strategy) most free capacity, then fewest resources assigned so far (unless the strategy
 * is minimal), then the node the resource runs on now, then node name; but when the best score is
 * positive and the current node has it too, the current node. Nodes that cannot host resources,
 * score below zero or lack the capacity needed are never chosen.
 */
final class NodeChooser {
    private NodeChooser() {
    }

    static ClusterNode best(Map<ClusterNode, Integer> scores, ClusterNode current, Capacity capacity, Map<String, Integer> need) {
        return best(scores, current, capacity, need, true);
    }

    /**
     * As {@link #best(Map, ClusterNode, Capacity, Map)}; {@code keepOnTie} false leaves out keeping
     * the current node on a positive tie (for instances of unique clones, whose current nodes were
     * considered already).
     */
    static ClusterNode best(Map<ClusterNode, Integer> scores, ClusterNode current, Capacity capacity, Map<String, Integer> need,
            boolean keepOnTie) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (Map.Entry<ClusterNode, Integer> e : scores.entrySet()) {
            if (e.getKey().canHostResources() && e.getValue() >= 0 && capacity.fits(e.getKey(), need)) {
                nodes.add(e.getKey());
            }
        }
        Comparator<ClusterNode> order = Comparator.comparingInt((ClusterNode n) -> scores.get(n)).reversed();
        if (capacity.balanced()) {
            order = order.thenComparing((a, b) -> -Integer.signum(capacity.compareFree(a, b)));
        }
        if (capacity.countsAssignments()) {
            order = order.thenComparingInt(ClusterNode::assignedCount);
        }
        order = order.thenComparing((ClusterNode n) -> n.equals(current) ? 0 : 1)
                .thenComparing(ClusterNode::uname, NaturalOrder.INSTANCE);
        // the first of the best, as a stable sort would put first, found without sorting them all
        ClusterNode best = null;
        for (ClusterNode n : nodes) {
            if (best == null || order.compare(n, best) < 0) {
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        // a positive best score shared by the current node keeps the resource there, whatever the other tie-breakers say
        if (keepOnTie && current != null && scores.get(best) > 0 && current.canHostResources() && nodes.contains(current)
                && scores.get(current).equals(scores.get(best))) {
            return current;
        }
        return best;
    }
}
