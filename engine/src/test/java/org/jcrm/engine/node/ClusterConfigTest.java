package org.jcrm.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConfigTest {
    @TempDir
    Path dir;

    @Test
    void savedFileReadsBackAndTwoNodesDefaultToTwoNode() {
        ClusterConfig config = ClusterConfig.of("web", List.of(NodeAddress.parse("n1", "10.0.0.1:7801"),
                NodeAddress.parse("n2", "10.0.0.2:7801")));
        Path file = dir.resolve(ClusterConfig.FILE_NAME);
        config.save(file);
        ClusterConfig read = ClusterConfig.load(file);
        assertEquals(config, read);
        assertTrue(read.twoNode() && read.waitForAll());
        assertEquals(new QuorumPolicy(2, true, true), read.quorumPolicy());
    }

    @Test
    void badNodeLineNamesFileAndKey() throws Exception {
        Path file = dir.resolve(ClusterConfig.FILE_NAME);
        Files.writeString(file, "cluster.name=x\nnode.1=n1 127.0.0.1:notaport\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterConfig.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("node n1"), e.getMessage());
    }

    @Test
    void keyIsThirtyTwoPrivateBytes() throws Exception {
        Path key = dir.resolve(ClusterConfig.KEY_FILE_NAME);
        ClusterKey.generate(key);
        assertEquals(ClusterKey.LENGTH, Files.size(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        ClusterKey.load(key);
        Files.write(key, new byte[5]);
        assertThrows(IllegalArgumentException.class, () -> ClusterKey.load(key));
    }
}
