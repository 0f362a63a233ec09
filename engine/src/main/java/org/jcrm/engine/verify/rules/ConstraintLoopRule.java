package org.jcrm.engine.verify.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Orders whose first/then pairs, or colocations whose rsc/with-rsc pairs, form a cycle: an order loop
 * can never be satisfied and a colocation loop makes placement depend on itself. Reported once per
 * cycle, at the constraint that closes it.
 */
public final class ConstraintLoopRule implements VerifyRule {
    /** An edge of the dependency graph and the constraint that made it. */
    private record Edge(String to, Element constraint) {
    }

    @Override
    public String name() {
        return "constraint-loop";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        List<Element> constraints = Constraints.all(context.cib());
        findLoops(graph(constraints, "rsc_order", "first", "then"), "order", report);
        findLoops(graph(constraints, "rsc_colocation", "rsc", "with-rsc"), "colocation", report);
    }

    private static Map<String, List<Edge>> graph(List<Element> constraints, String tag, String from, String to) {
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        for (Element c : constraints) {
            if (c.getTagName().equals(tag) && c.hasAttribute(from) && c.hasAttribute(to)) {
                edges.computeIfAbsent(c.getAttribute(from), k -> new ArrayList<>())
                        .add(new Edge(c.getAttribute(to), c));
            }
        }
        return edges;
    }

    private static void findLoops(Map<String, List<Edge>> edges, String kind, Reporter report) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        Set<Element> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            visit(start, edges, state, new ArrayList<>(), kind, report, reported);
        }
    }

    private static void visit(String node, Map<String, List<Edge>> edges, Map<String, Integer> state,
                              List<String> path, String kind, Reporter report, Set<Element> reported) {
        Integer s = state.get(node);
        if (s != null) {
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (Edge e : edges.getOrDefault(node, List.of())) {
            if (Integer.valueOf(1).equals(state.get(e.to()))) {
                if (reported.add(e.constraint())) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(e.to()), path.size()));
                    cycle.add(e.to());
                    report.warning(e.constraint(), kind + " constraints form a loop: " + String.join(" -> ", cycle));
                }
            } else {
                visit(e.to(), edges, state, path, kind, report, reported);
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }

}
