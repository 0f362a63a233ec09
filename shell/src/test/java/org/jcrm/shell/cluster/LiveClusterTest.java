package org.jcrm.shell.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.shell.node.NodeCommand;
import org.jcrm.shell.resource.ResourceCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real node processes on 127.0.0.1 running Dummy resources: placement shows in status,
 * standby moves a resource, a killed or frozen node is fenced with fence_jcrm before its resource
 * is recovered elsewhere, never running on two live nodes, and without a device able to fence the
 * resource stays blocked with the reason in status. Prints the measured failover times.
 */
class LiveClusterTest {
    private static final Duration SETTLE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void standbyMovesAndKilledNodesAreFencedBeforeRecovery() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            String first = awaitRunning(c, "d1");
            assertTrue(c.status().matches("(?s).*\\* d1\\t\\(ocf:jcrm:Dummy\\):\\t Started " + first + "\n.*"), c.status());

            c.run(new NodeCommand(), "standby", first);
            String second = awaitRunning(c, "d1", first);
            assertTrue(c.status().contains("* Node " + first + ": standby"), c.status());
            assertEquals(List.of(second), c.stateFilesOn("d1", c.nodes()));
            c.run(new NodeCommand(), "online", first);

            List<Double> times = new ArrayList<>();
            String victim = second;
            for (int round = 0; round < 3; round++) {
                times.add(failover(c, victim, "KILL"));
                String now = awaitRunning(c, "d1");
                assertTrue(c.logs().contains("fencing " + victim + ": confirmed"), c.logs());
                c.cluster.launch(victim);
                c.cluster.awaitView(c.nodes(), Duration.ofSeconds(60));
                victim = now;
            }
            System.out.println("failover after kill -9 (s): " + times + ", median " + median(times));
        }
    }

    @Test
    void frozenNodeIsFencedAndItsResourceRecovered() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            long pid = c.pid(where);
            double seconds = failover(c, where, "STOP");
            assertTrue(TestCluster.await(Duration.ofSeconds(10), () -> ProcessHandle.of(pid).isEmpty()),
                    "the frozen node's daemon was not killed by fencing");
            System.out.println("failover after SIGSTOP (s): " + seconds);
        }
    }

    @Test
    void withoutAConfirmingFenceDeviceTheResourceStaysBlocked() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            // the only device may fence none of the nodes
            c.addFenceDevice("fence1", "elsewhere");
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            TestCluster.signal(c.pid(where), "KILL");
            List<String> live = c.nodes().stream().filter(n -> !n.equals(where)).toList();
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("Failed Fencing Actions")), c.status());
            String status = c.status();
            assertTrue(status.contains("* Node " + where + ": UNCLEAN (offline)"), status);
            assertTrue(status.contains("no fence device can fence " + where), status);
            assertFalse(TestCluster.await(Duration.ofSeconds(5), () -> !c.stateFilesOn("d1", live).isEmpty()),
                    "d1 was started elsewhere although " + where + " was not fenced");
        }
    }

    @Test
    void withFencingDisabledALostNodeIsNotFencedAndStatusWarns() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.add("crm_config", "<cluster_property_set id=\"cib-bootstrap-options\"><nvpair id=\"opt-stonith\""
                    + " name=\"stonith-enabled\" value=\"false\"/></cluster_property_set>");
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            double seconds = failover(c, where, "KILL");
            assertFalse(c.logs().contains("fencing " + where), c.logs());
            String status = c.status();
            assertTrue(status.contains("stonith-enabled=false"), status);
            assertTrue(status.contains("OFFLINE: [ " + where + " ]"), status);
            System.out.println("failover without fencing (s): " + seconds);
        }
    }

    @Test
    void failedMonitorIsRecordedAndRecovered() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            c.run(new ResourceCommand(), "failcount", "d1", "show", "node1");
            String where = awaitRunning(c, "d1");
            java.nio.file.Path state = c.dir.resolve(where).resolve("run/jcrm/Dummy-d1.state");
            try {
                java.nio.file.Files.delete(state);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("Failed Resource Actions:")), c.status());
            assertTrue(TestCluster.await(SETTLE, () -> java.nio.file.Files.exists(state)), c.status());
            String status = c.status();
            assertTrue(status.contains("  * d1_monitor_1000 on " + where + " 'not running' (7): call="), status);
            assertEquals("scope=status  name=fail-count-d1 value=1\n",
                    c.run(new ResourceCommand(), "failcount", "d1", "show", where));
            assertEquals("Cleaned up d1 on " + where + "\n", c.run(new ResourceCommand(), "cleanup", "d1", where));
            assertTrue(TestCluster.await(SETTLE, () -> !c.status().contains("Failed Resource Actions:")), c.status());
            assertEquals("scope=status  name=fail-count-d1 value=0\n",
                    c.run(new ResourceCommand(), "failcount", "d1", "show", where));
            awaitRunning(c, "d1");
        }
    }

    @Test
    void cleanNodeStopMovesResourcesAwayWithoutFencingAndTheNodeRejoins() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            assertEquals("stopped 1 node(s)\n", c.run(new ClusterCommand(), "stop", where));
            assertFalse(c.running(where));
            String now = awaitRunning(c, "d1", where);
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("OFFLINE: [ " + where + " ]")), c.status());
            assertFalse(c.logs().contains("fencing " + where), c.logs());
            c.run(new ClusterCommand(), "start", where);
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("Online: [ node1 node2 node3 ]")), c.status());
            assertEquals(now, awaitRunning(c, "d1"), "stickiness keeps d1 where it runs\n" + c.logs());
            assertEquals("INFO: ordering d1 to stop\nINFO: ordering d1 to start\n", c.run(new ResourceCommand(), "restart", "d1"));
            String restarted = awaitRunning(c, "d1");
            assertTrue(c.run(new ResourceCommand(), "move", "d1").contains("banned from " + restarted));
            awaitRunning(c, "d1", restarted);
            c.run(new ResourceCommand(), "clear", "d1");
        }
    }

    @Test
    void terminatedNodeDrainsItsResourcesAndLeavesWithoutBeingFenced() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            TestCluster.signal(c.pid(where), "TERM");
            assertTrue(TestCluster.await(SETTLE, () -> !c.running(where)), where + " did not stop\n" + c.logs());
            assertTrue(c.logs().contains("no resource is active on " + where), c.logs());
            awaitRunning(c, "d1", where);
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("OFFLINE: [ " + where + " ]")), c.status());
            assertFalse(c.logs().contains("fencing " + where), c.logs());
        }
    }

    @Test
    void resourceCommandsMoveClearLocateAndStop() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            String target = c.nodes().stream().filter(n -> !n.equals(where)).findFirst().orElseThrow();
            assertEquals("INFO: Move constraint created for d1 to " + target + "\n", c.run(new ResourceCommand(), "move", "d1", target));
            assertEquals(target, awaitRunning(c, "d1", where));
            assertEquals("resource d1 is running on: " + target + "\n", c.run(new ResourceCommand(), "locate", "d1"));
            assertEquals("INFO: Removed migration constraints for d1\n", c.run(new ResourceCommand(), "clear", "d1"));
            c.run(new ResourceCommand(), "stop", "d1");
            assertTrue(TestCluster.await(SETTLE, () -> c.stateFilesOn("d1", c.nodes()).isEmpty()), c.status());
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("d1\t(ocf:jcrm:Dummy):\t Stopped")), c.status());
            c.run(new ResourceCommand(), "start", "d1");
            awaitRunning(c, "d1");
            c.run(new NodeCommand(), "attribute", "--node", "node1", "--name", "master-d1", "--lifetime", "reboot", "--update", "5");
            assertEquals("scope=status  name=master-d1 value=5\n", c.run(new NodeCommand(), "attribute", "--node", "node1",
                    "--name", "master-d1", "--lifetime", "reboot", "--query"));
        }
    }

    /** Signals the node running d1 and returns the seconds until d1 runs on another live node. */
    private static double failover(TestCluster c, String victim, String signal) {
        List<String> live = c.nodes().stream().filter(n -> !n.equals(victim)).toList();
        long started = System.nanoTime();
        TestCluster.signal(c.pid(victim), signal);
        boolean[] twice = new boolean[1];
        boolean moved = TestCluster.await(SETTLE, () -> {
            List<String> on = c.stateFilesOn("d1", live);
            twice[0] |= on.size() > 1;
            return on.size() == 1;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(moved, "d1 did not recover from " + victim + " within " + SETTLE.toSeconds() + " s\n" + c.logs());
        assertFalse(twice[0], "d1 ran on two live nodes at once");
        return Math.round(seconds * 100) / 100.0;
    }

    static String awaitRunning(TestCluster c, String rsc, String... notOn) {
        List<String> excluded = List.of(notOn);
        String[] where = new String[1];
        boolean ok = TestCluster.await(SETTLE, () -> {
            String out = c.run(new ResourceCommand(), "locate", rsc);
            String prefix = "resource " + rsc + " is running on: ";
            if (!out.startsWith(prefix)) {
                return false;
            }
            where[0] = out.substring(prefix.length()).trim();
            List<String> live = c.nodes().stream().filter(c::running).toList();
            return !where[0].contains(" ") && !excluded.contains(where[0]) && c.stateFilesOn(rsc, live).equals(List.of(where[0]));
        });
        assertTrue(ok, rsc + " is not running (outside " + excluded + ")\n" + c.status() + c.logs());
        return where[0];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
