package org.jcrm.shell.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.NodeAddress;
import org.jcrm.engine.node.NodeStatus;
import org.jcrm.engine.node.QuorumState;
import org.junit.jupiter.api.Test;

/** The status view of a live CIB against a golden file: standby, unclean node, failures. */
class ClusterStatusViewTest {
    @Test
    void liveCibLooksLikeCrmMon() throws Exception {
        Cib cib = CibXml.read(resource("live-cib.xml"));
        ClusterConfig config = ClusterConfig.of("web", List.of(new NodeAddress("node1", "127.0.0.1", 7801),
                new NodeAddress("node2", "127.0.0.1", 7802), new NodeAddress("node3", "127.0.0.1", 7803)));
        NodeStatus status = new NodeStatus("web", "node2", List.of("node1", "node2"), new QuorumState(true, 2, 3, 2),
                "0.12.0", "node1");
        String text = ClusterStatusView.render(config, status, cib, Instant.ofEpochSecond(1_795_000_100), ZoneOffset.UTC);
        assertEquals(Files.readString(resource("status-live.txt")), text);
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource("/cluster/" + name).toURI());
    }
}
