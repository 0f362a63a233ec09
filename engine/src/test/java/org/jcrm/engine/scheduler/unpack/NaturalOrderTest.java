package org.jcrm.engine.scheduler.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names sort with their digit runs as numbers and letters without case. */
class NaturalOrderTest {
    @Test
    void digitRunsCompareAsNumbers() {
        List<String> names = new ArrayList<>(List.of("node10", "Node2", "node1", "node02b", "node2a", "a", "node"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("a", "node", "node1", "Node2", "node2a", "node02b", "node10"), names);
        assertEquals(0, NaturalOrder.INSTANCE.compare("r007", "R7"));
        assertTrue(NaturalOrder.INSTANCE.compare("x1234567890123456789", "x1234567890123456780") == 0,
                "only the first 18 digits of a run count");
        assertTrue(NaturalOrder.INSTANCE.compare("n\u0663", "n2") > 0, "other scripts' digits are digits");
    }
}
