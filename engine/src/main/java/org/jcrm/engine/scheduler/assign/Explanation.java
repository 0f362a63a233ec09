package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why each resource got its scores: every contribution (reason and amount) per resource and node, in order. */
public final class Explanation {
    /** One contribution to a node's score for a resource. */
    public record Contribution(String node, String reason, String amount) {
    }

    private final Map<String, List<Contribution>> byResource = new LinkedHashMap<>();
    private final Map<String, String> decisions = new LinkedHashMap<>();

    void add(String rsc, String node, String reason, String amount) {
        byResource.computeIfAbsent(rsc, k -> new ArrayList<>()).add(new Contribution(node, reason, amount));
    }

    void decide(String rsc, String decision) {
        decisions.put(rsc, decision);
    }

    public List<Contribution> contributions(String rsc) {
        return byResource.getOrDefault(rsc, List.of());
    }

    public String decision(String rsc) {
        return decisions.get(rsc);
    }
}
