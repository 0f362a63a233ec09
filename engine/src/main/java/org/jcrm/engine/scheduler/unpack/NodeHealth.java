package org.jcrm.engine.scheduler.unpack;

import java.util.Map;
import org.jcrm.engine.scheduler.Score;

/**
 * A node's health under the cluster's node-health-strategy: the sum of its "#health..." attributes,
 * each "red", "yellow", "green" or a score. Strategy none ignores health; migrate-on-red bans red
 * nodes; only-green bans red and yellow ones; progressive and custom use the node-health-red,
 * -yellow and -green scores.
 */
public final class NodeHealth {
    private NodeHealth() {
    }

    public static String strategy(WorkingSet ws) {
        return ws.option("node-health-strategy", "none");
    }

    /** The score health adds to every resource (that does not allow unhealthy nodes) on {@code n}. */
    public static int score(WorkingSet ws, ClusterNode n) {
        String strategy = strategy(ws);
        if (strategy.equals("none")) {
            return 0;
        }
        int total = 0;
        for (Map.Entry<String, String> e : n.attributes().entrySet()) {
            if (e.getKey().startsWith("#health")) {
                total = Score.add(total, valueOf(ws, strategy, e.getValue().trim().toLowerCase()));
            }
        }
        return total;
    }

    private static int valueOf(WorkingSet ws, String strategy, String value) {
        boolean fixed = strategy.equals("migrate-on-red") || strategy.equals("only-green");
        switch (value) {
            case "red":
                return fixed ? -Score.INF : configured(ws, "node-health-red");
            case "yellow":
                return strategy.equals("only-green") ? -Score.INF : fixed ? 0 : configured(ws, "node-health-yellow");
            case "green":
                return fixed ? 0 : configured(ws, "node-health-green");
            default:
                return Score.parseOr(value, Score.ZERO).value();
        }
    }

    private static int configured(WorkingSet ws, String option) {
        return Score.parseOr(ws.option(option, "0"), Score.ZERO).value();
    }

    /** The colour shown beside an online node when a strategy is in force: "RED", "YELLOW" or null. */
    public static String colour(WorkingSet ws, ClusterNode n) {
        if (strategy(ws).equals("none")) {
            return null;
        }
        String worst = null;
        for (Map.Entry<String, String> e : n.attributes().entrySet()) {
            if (e.getKey().startsWith("#health")) {
                String v = e.getValue().trim().toLowerCase();
                if (v.equals("red")) {
                    return "RED";
                }
                if (v.equals("yellow")) {
                    worst = "YELLOW";
                }
            }
        }
        return worst;
    }
}
