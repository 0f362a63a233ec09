package org.jcrm.engine.node.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Operation timeouts, fence devices and fencing levels read from the configuration. */
class ConfigLookupTest {
    private static ConfigLookup lookup(String resources, String topology) {
        return new ConfigLookup(StatusDocument.parse("<cib><configuration><resources>" + resources
                + "</resources>" + topology + "</configuration><status/></cib>"));
    }

    private static List<List<String>> ids(List<List<ConfigLookup.FenceDeviceRef>> levels) {
        return levels.stream().map(l -> l.stream().map(ConfigLookup.FenceDeviceRef::id).toList()).toList();
    }

    private static final String DEVICES = "<primitive id=\"ipmi\" class=\"stonith\" type=\"fence_ipmilan\">"
            + "<instance_attributes id=\"i\"><nvpair id=\"i1\" name=\"pcmk_host_list\" value=\"n1,n2\"/></instance_attributes>"
            + "</primitive><primitive id=\"pdu1\" class=\"stonith\" type=\"fence_apc\"/>"
            + "<primitive id=\"pdu2\" class=\"stonith\" type=\"fence_apc\"/>";

    @Test
    void withoutTopologyEachDeviceThatMayFenceTheNodeIsALevel() {
        assertEquals(List.of(List.of("ipmi"), List.of("pdu1"), List.of("pdu2")), ids(lookup(DEVICES, "").fenceLevels("n1")));
        assertEquals(List.of(List.of("pdu1"), List.of("pdu2")), ids(lookup(DEVICES, "").fenceLevels("n3")));
        assertEquals(List.of(), ids(lookup("", "").fenceLevels("n3")));
    }

    @Test
    void topologyLevelsComeInIndexOrderForTheirTargets() {
        String topology = "<fencing-topology>"
                + "<fencing-level id=\"l2\" target=\"n1\" index=\"2\" devices=\"pdu1,pdu2\"/>"
                + "<fencing-level id=\"l1\" target=\"n1\" index=\"1\" devices=\"ipmi\"/>"
                + "<fencing-level id=\"l3\" target-pattern=\"n[23]\" index=\"1\" devices=\"pdu2\"/>"
                + "</fencing-topology>";
        assertEquals(List.of(List.of("ipmi"), List.of("pdu1", "pdu2")), ids(lookup(DEVICES, topology).fenceLevels("n1")));
        assertEquals(List.of(List.of("pdu2")), ids(lookup(DEVICES, topology).fenceLevels("n3")));
    }

    @Test
    void timeoutsComeFromTheMatchingOperation() {
        ConfigLookup l = lookup("<primitive id=\"d1\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\"><operations>"
                + "<op id=\"a\" name=\"monitor\" interval=\"10s\" timeout=\"30s\"/>"
                + "<op id=\"b\" name=\"start\" interval=\"0\" timeout=\"2min\"/></operations></primitive>", "");
        assertEquals(30_000, l.timeoutMs("d1", "monitor", 10_000));
        assertEquals(120_000, l.timeoutMs("d1:0", "start", 0));
        assertEquals(30_000, l.timeoutMs("d1", "monitor", 0), "a probe takes the monitor's timeout");
        assertEquals(ConfigLookup.DEFAULT_TIMEOUT_MS, l.timeoutMs("d1", "stop", 0));
        assertEquals(1500, ConfigLookup.millis("1500ms", 0));
        assertEquals(90_000, ConfigLookup.millis("PT1M30S", 0));
        assertEquals(7, ConfigLookup.millis("junk", 7));
    }
}
