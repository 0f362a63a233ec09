package org.jcrm.engine.scheduler.assign;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * The placement strategy: node capacities ({@code utilization} of nodes), what each placement uses of
 * them, whether a node still has room for a resource, and the balanced comparison of free capacity.
 */
final class Capacity {
    private final String strategy;
    private final Map<ClusterNode, Map<String, Integer>> free = new LinkedHashMap<>();

    Capacity(WorkingSet ws) {
        this.strategy = ws.option("placement-strategy", "default");
        for (ClusterNode n : ws.nodes()) {
            Map<String, Integer> cap = new LinkedHashMap<>();
            n.utilization().forEach((k, v) -> cap.put(k, parse(v)));
            free.put(n, cap);
        }
    }

    boolean limited() {
        return !strategy.equals("default");
    }

    boolean countsAssignments() {
        return !strategy.equals("minimal");
    }

    boolean balanced() {
        return strategy.equals("balanced");
    }

    /** Whether {@code node} can take {@code need} on top of what is placed there already. */
    boolean fits(ClusterNode node, Map<String, Integer> need) {
        if (!limited()) {
            return true;
        }
        Map<String, Integer> cap = free.get(node);
        for (Map.Entry<String, Integer> e : need.entrySet()) {
            if (e.getValue() > 0 && cap.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    void consume(ClusterNode node, Resource r) {
        if (!limited() || node == null) {
            return;
        }
        Map<String, Integer> cap = free.get(node);
        for (Map.Entry<String, Integer> e : of(r).entrySet()) {
            cap.merge(e.getKey(), -e.getValue(), Integer::sum);
        }
    }

    /** Positive when {@code a} has more free capacity than {@code b} (attribute by attribute), as balanced placement prefers. */
    int compareFree(ClusterNode a, ClusterNode b) {
        int result = 0;
        Map<String, Integer> fa = free.get(a);
        Map<String, Integer> fb = free.get(b);
        for (String key : fa.keySet()) {
            int x = fa.getOrDefault(key, 0);
            int y = fb.getOrDefault(key, 0);
            result += Integer.compare(x, y);
        }
        return result;
    }

    static Map<String, Integer> of(Resource r) {
        Map<String, Integer> need = new LinkedHashMap<>();
        for (var p : r.primitives()) {
            p.utilization().forEach((k, v) -> need.merge(k, parse(v), Integer::sum));
        }
        return need;
    }

    static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new LinkedHashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Integer::sum));
        return out;
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
