package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;

/**
 * The order in which a clone's instances are placed, as Pacemaker 2.1.5 sorts them: instances
 * active on fewer nodes first, then those not active on a node they may no longer run on, then
 * active before inactive, current node able to run resources, the clone allowed there, not failed,
 * and last the instance id compared as a plain string (so {@code :10} comes before {@code :2}).
 * Two inactive instances keep their relative order.
 */
final class InstanceOrder implements Comparator<Resource> {
    private final CloneResource clone;
    private final boolean placed;

    private InstanceOrder(CloneResource clone, boolean placed) {
        this.clone = clone;
        this.placed = placed;
    }

    /** The instances of {@code clone} in placement order (a new list). */
    static List<Resource> of(CloneResource clone, List<Resource> instances) {
        return MergeSort.sorted(instances, new InstanceOrder(clone, false));
    }

    /**
     * The instances sorted by {@code order}, ties broken by the placement order as it stands once the
     * instances are placed, when a node that cannot run resources no longer counts as allowed (a new
     * list). Promotion breaks its ties this way.
     */
    static List<Resource> afterPlacement(CloneResource clone, List<Resource> instances, Comparator<Resource> order) {
        return MergeSort.sorted(instances, order.thenComparing(new InstanceOrder(clone, true)));
    }

    @Override
    public int compare(Resource a, Resource b) {
        Set<ClusterNode> onA = activeNodes(a);
        Set<ClusterNode> onB = activeNodes(b);
        if (!onA.isEmpty() && !onB.isEmpty() && onA.size() != onB.size()) {
            return Integer.compare(onA.size(), onB.size());
        }
        ClusterNode nodeA = onA.isEmpty() ? null : onA.iterator().next();
        ClusterNode nodeB = onB.isEmpty() ? null : onB.iterator().next();
        boolean allowedA = nodeA == null || allowed(a, nodeA) && (!placed || nodeA.canHostResources());
        boolean allowedB = nodeB == null || allowed(b, nodeB) && (!placed || nodeB.canHostResources());
        if (allowedA != allowedB) {
            return allowedA ? -1 : 1;
        }
        if (!allowedA) {
            nodeA = null;
            nodeB = null;
        }
        if (nodeA == null || nodeB == null) {
            return nodeA == nodeB ? 0 : nodeA == null ? 1 : -1;
        }
        int c = firstTrue(nodeA.canHostResources(), nodeB.canHostResources());
        if (c == 0) {
            c = firstTrue(clone.scores().containsKey(nodeA), clone.scores().containsKey(nodeB));
        }
        if (c == 0) {
            c = firstTrue(!failed(a), !failed(b));
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private static int firstTrue(boolean a, boolean b) {
        return a == b ? 0 : a ? -1 : 1;
    }

    /** Whether the instance may still run on a node it is active on (the node is in its table with a score of zero or more). */
    private static boolean allowed(Resource inst, ClusterNode node) {
        Integer score = inst.scores().get(node);
        return score != null && score >= 0;
    }

    /** Whether any member of the instance has failed. */
    static boolean failed(Resource inst) {
        return inst.primitives().stream().anyMatch(Primitive::isFailed);
    }

    /** The nodes an instance is active on, in the order its members were found there. */
    private static Set<ClusterNode> activeNodes(Resource inst) {
        Set<ClusterNode> nodes = new LinkedHashSet<>();
        for (Primitive p : inst.primitives()) {
            nodes.addAll(p.activeOn().keySet());
        }
        return nodes;
    }

    /**
     * The list merge sort GLib's g_list_sort performs (first half the smaller one, ties taken from
     * the first half): the order it gives matters when the instance comparison is not transitive.
     */
    private static final class MergeSort {
        private MergeSort() {
        }

        static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
            if (items.size() < 2) {
                return new ArrayList<>(items);
            }
            int half = items.size() / 2;
            List<T> left = sorted(items.subList(0, half), order);
            List<T> right = sorted(items.subList(half, items.size()), order);
            List<T> out = new ArrayList<>(items.size());
            int i = 0;
            int j = 0;
            while (i < left.size() && j < right.size()) {
                out.add(order.compare(left.get(i), right.get(j)) <= 0 ? left.get(i++) : right.get(j++));
            }
            out.addAll(left.subList(i, left.size()));
            out.addAll(right.subList(j, right.size()));
            return out;
        }
    }
}
