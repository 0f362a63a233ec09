package org.jcrm.shell.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
    @TempDir
    Path dir;

    private static String run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, command.run(List.of(args), print, print));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void initWritesTheNodeListAndKeygenAPrivateKey() throws Exception {
        run(new ClusterCommand(), "init", "--name", "web", "--node", "n1=127.0.0.1:7801", "--node", "n2=127.0.0.1:7802",
                "--token", "3000", "--dir", dir.toString());
        ClusterConfig config = ClusterConfig.load(dir.resolve(ClusterConfig.FILE_NAME));
        assertEquals(List.of("n1", "n2"), config.nodeNames());
        assertEquals(3000, config.tokenMillis());
        assertTrue(config.twoNode());
        run(new ClusterCommand(), "keygen", "--dir", dir.toString());
        assertEquals(32, Files.size(dir.resolve(ClusterConfig.KEY_FILE_NAME)));
        CliException again = assertThrows(CliException.class, () -> run(new ClusterCommand(), "keygen", "--dir", dir.toString()));
        assertEquals(ExitCode.ERROR, again.exitCode());
    }

    @Test
    void badNodeSpecIsAUsageError() {
        CliException e = assertThrows(CliException.class, () -> run(new ClusterCommand(), "init", "--name", "x",
                "--node", "n1=127.0.0.1", "--dir", dir.toString()));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("node n1"), e.getMessage());
    }

    @Test
    void localClusterStartsShowsAndStops() {
        Path local = dir.resolve("local");
        try {
            run(new ClusterCommand(), "local", "start", "--nodes", "2", "--dir", local.toString());
            String status = run(new StatusCommand(), "--cluster", local.toString());
            assertTrue(status.contains("  * Online: [ node1 node2 ]\n"), status);
            assertTrue(status.contains(" - partition with quorum\n"), status);
            String again = run(new ClusterCommand(), "local", "start", "--nodes", "2", "--dir", local.toString());
            assertTrue(again.startsWith("2 nodes running"), again);
        } finally {
            assertEquals("stopped 2 nodes\n", run(new ClusterCommand(), "local", "stop", "--dir", local.toString()));
        }
        CliException down = assertThrows(CliException.class, () -> run(new StatusCommand(), "--cluster", local.toString()));
        assertEquals(ExitCode.ERROR, down.exitCode());
    }
}
