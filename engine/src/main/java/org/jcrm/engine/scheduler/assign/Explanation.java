package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jcrm.engine.scheduler.Score;

/** Why each resource got its scores: every contribution (reason and amount) per resource and node, in order. */
public final class Explanation {
    /** One contribution to a node's score for a resource. */
    public record Contribution(String node, String reason, String amount) {
    }

    /** A contribution as recorded: worded only when asked for (a placement records many, --explain shows few). */
    private record Entry(String node, Supplier<String> reason, int amount) {
    }

    private final Map<String, List<Entry>> byResource = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> decisions = new LinkedHashMap<>();

    void add(String rsc, String node, String reason, int amount) {
        add(rsc, node, () -> reason, amount);
    }

    void add(String rsc, String node, Supplier<String> reason, int amount) {
        byResource.computeIfAbsent(rsc, k -> new ArrayList<>()).add(new Entry(node, reason, amount));
    }

    void decide(String rsc, Supplier<String> decision) {
        decisions.put(rsc, decision);
    }

    public List<Contribution> contributions(String rsc) {
        List<Contribution> out = new ArrayList<>();
        for (Entry e : byResource.getOrDefault(rsc, List.of())) {
            out.add(new Contribution(e.node(), e.reason().get(), Score.format(e.amount())));
        }
        return out;
    }

    public String decision(String rsc) {
        Supplier<String> d = decisions.get(rsc);
        return d == null ? null : d.get();
    }
}
