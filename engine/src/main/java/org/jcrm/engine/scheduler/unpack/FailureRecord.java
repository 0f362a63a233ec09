package org.jcrm.engine.scheduler.unpack;

import java.util.HashMap;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.status.RecordedOp;

/**
 * A node's failure attributes for one resource name: the sum of its {@code fail-count-NAME} and
 * {@code fail-count-NAME#OP_INTERVAL} values and the latest {@code last-failure-NAME[#...]} time.
 */
record FailureRecord(int count, long lastFailure) {
    private static final String COUNT = "fail-count-";
    private static final String LAST = "last-failure-";

    /** Reads every failure attribute of a node once, by the resource name they are about (ids hold no '#'). */
    static Map<String, FailureRecord> byResource(Map<String, String> attributes) {
        Map<String, FailureRecord> out = new HashMap<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String k = a.getKey();
            if (k.startsWith(COUNT)) {
                int value = Score.parseOr(a.getValue(), Score.ZERO).value();
                out.merge(name(k, COUNT.length()), new FailureRecord(value, 0), FailureRecord::plus);
            } else if (k.startsWith(LAST)) {
                long value = RecordedOp.parseLong(a.getValue(), 0);
                out.merge(name(k, LAST.length()), new FailureRecord(0, value), FailureRecord::plus);
            }
        }
        return out;
    }

    private static String name(String key, int from) {
        int hash = key.indexOf('#', from);
        return hash < 0 ? key.substring(from) : key.substring(from, hash);
    }

    private FailureRecord plus(FailureRecord other) {
        return new FailureRecord(Score.add(count, other.count), Math.max(lastFailure, other.lastFailure));
    }
}
