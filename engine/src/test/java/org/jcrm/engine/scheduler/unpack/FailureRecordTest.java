package org.jcrm.engine.scheduler.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.junit.jupiter.api.Test;

class FailureRecordTest {
    @Test
    void sumsCountsPerOperationAndKeepsTheLatestFailure() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("fail-count-db", "1");
        attrs.put("fail-count-db#monitor_10000", "2");
        attrs.put("last-failure-db#monitor_10000", "1700000100");
        attrs.put("last-failure-db", "1700000000");
        attrs.put("fail-count-dbx#start_0", "4");
        attrs.put("master-db", "10");

        Map<String, FailureRecord> byResource = FailureRecord.byResource(attrs);

        assertEquals(new FailureRecord(3, 1_700_000_100L), byResource.get("db"));
        assertEquals(new FailureRecord(4, 0), byResource.get("dbx"));
        assertFalse(byResource.containsKey("master-db"));
        assertEquals(2, byResource.size());
    }

    @Test
    void infiniteCountsSaturate() {
        Map<String, String> attrs = Map.of("fail-count-web#start_0", "INFINITY", "fail-count-web#monitor_5000", "3");

        assertEquals(Score.INF, FailureRecord.byResource(attrs).get("web").count());
    }
}
