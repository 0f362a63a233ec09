package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.NaturalOrder;

/**
 * Picks the best node from candidate scores the way Pacemaker sorts nodes: highest score, then
 * fewest resources assigned so far, then the node the resource runs on now, then node name.
 * Nodes that cannot host resources or score below zero are never chosen.
 */
final class NodeChooser {
    private NodeChooser() {
    }

    static List<ClusterNode> ranked(Map<ClusterNode, Integer> scores, ClusterNode current, boolean countAssignments) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (Map.Entry<ClusterNode, Integer> e : scores.entrySet()) {
            if (e.getKey().canHostResources() && e.getValue() >= 0) {
                nodes.add(e.getKey());
            }
        }
        Comparator<ClusterNode> byScore = Comparator.comparingInt((ClusterNode n) -> scores.get(n)).reversed();
        Comparator<ClusterNode> order = byScore;
        if (countAssignments) {
            order = order.thenComparingInt(ClusterNode::assignedCount);
        }
        order = order.thenComparing((ClusterNode n) -> n.equals(current) ? 0 : 1)
                .thenComparing(ClusterNode::uname, NaturalOrder.INSTANCE);
        nodes.sort(order);
        return nodes;
    }

    static ClusterNode best(Map<ClusterNode, Integer> scores, ClusterNode current, boolean countAssignments) {
        List<ClusterNode> r = ranked(scores, current, countAssignments);
        return r.isEmpty() ? null : r.get(0);
    }
}
