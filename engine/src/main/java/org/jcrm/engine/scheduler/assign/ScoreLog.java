package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.ClusterNode;

/**
 * The allocation and promotion scores in crm_simulate's {@code -s} wording, in the order they were
 * decided. Scores are kept as values and worded only when {@link #lines()} is asked for: most runs
 * never show them, and a large cluster decides hundreds of thousands.
 */
public final class ScoreLog {
    /** One decided score; a null stage marks a promotion score. */
    private record Entry(String stage, String rsc, String node, int score) {
        String text() {
            if (stage == null) {
                return rsc + " promotion score on " + node + ": " + Score.format(score);
            }
            return stage + ": " + rsc + " allocation score on " + node + ": " + Score.format(score);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void allocation(String stage, String rsc, Map<ClusterNode, Integer> scores) {
        for (Map.Entry<ClusterNode, Integer> e : scores.entrySet()) {
            entries.add(new Entry(stage, rsc, e.getKey().uname(), e.getValue()));
        }
    }

    void promotion(String rsc, ClusterNode node, int score) {
        entries.add(new Entry(null, rsc, node.uname(), score));
    }

    void promotionUnassigned(String rsc) {
        entries.add(new Entry(null, rsc, "none", 0));
    }

    /** The scores worded as crm_simulate words them, one per line. */
    public List<String> lines() {
        return entries.stream().map(Entry::text).toList();
    }
}
