package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.ClusterNode;

/** The allocation and promotion scores in crm_simulate's {@code -s} wording, in the order they were decided. */
public final class ScoreLog {
    private final List<String> lines = new ArrayList<>();

    void allocation(String stage, String rsc, Map<ClusterNode, Integer> scores) {
        for (Map.Entry<ClusterNode, Integer> e : scores.entrySet()) {
            lines.add(stage + ": " + rsc + " allocation score on " + e.getKey().uname() + ": " + Score.format(e.getValue()));
        }
    }

    void promotion(String rsc, ClusterNode node, int score) {
        lines.add(rsc + " promotion score on " + node.uname() + ": " + Score.format(score));
    }

    void promotionUnassigned(String rsc) {
        lines.add(rsc + " promotion score on none: 0");
    }

    public List<String> lines() {
        return lines;
    }
}
