package org.jcrm.shell.cluster;

import static org.jcrm.shell.cluster.LiveClusterTest.awaitRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.node.AdminClient;
import org.jcrm.engine.node.AdminException;
import org.jcrm.engine.store.CibVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real node processes on 127.0.0.1: a node cut off from the others (its daemon's test-only
 * {@code isolate on} admin command makes JGroups' DISCARD drop all its traffic) loses quorum, stops
 * its resources and refuses commits, while the majority fences it and runs its resources, never a
 * resource on two live nodes; and a whole cluster stopped and started again keeps its configuration
 * (same CIB version or newer) and its placement.
 */
class PartitionAndRestartTest {
    private static final Duration SETTLE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void isolatedNodeStopsItsResourcesAndIsFencedWhileTheMajorityTakesOver() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            // the delay leaves the minority time to act on its own before it is fenced
            c.addFenceDevice("fence1", null, "4s");
            c.addDummy("d1");
            c.addDummy("d2");
            String where = awaitRunning(c, "d1");
            awaitRunning(c, "d2");
            long pid = c.pid(where);
            AdminClient minority = AdminClient.forStateDir(c.dir.resolve(where));
            Path state = c.dir.resolve(where).resolve("run/jcrm/Dummy-d1.state");
            try (ActiveOnceChecker checker = new ActiveOnceChecker(c, List.of("d1", "d2"))) {
                Cib base = minority.cib();
                assertEquals("isolated\n", minority.request("isolate on", ""));
                assertTrue(TestCluster.await(SETTLE, () -> !minority.status().quorum().quorate()), c.logs());

                AdminException refused = assertThrows(AdminException.class, () -> minority.commit(base));
                assertTrue(refused.getMessage().contains("has no quorum"), refused.getMessage());

                assertTrue(TestCluster.await(SETTLE, () -> !Files.exists(state) || ProcessHandle.of(pid).isEmpty()), c.logs());
                assertTrue(ProcessHandle.of(pid).isPresent(), "fenced before it stopped d1 on its own\n" + c.logs());
                assertTrue(c.logs().contains("quorum lost: stopped d1"), c.logs());

                assertTrue(TestCluster.await(SETTLE, () -> ProcessHandle.of(pid).isEmpty()), "the isolated node was not fenced\n" + c.logs());
                awaitRunning(c, "d1", where);
                awaitRunning(c, "d2", where);
                assertTrue(c.logs().contains("fencing " + where + ": confirmed"), c.logs());
                assertTrue(checker.polls() > 100, "the checker polled only " + checker.polls() + " times");
                assertEquals(List.of(), checker.violations());
            }
        }
    }

    @Test
    void underSuicidePolicyAnIsolatedNodeStopsItsResourcesAndEndsItself() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.add("crm_config", "<cluster_property_set id=\"opts\"><nvpair id=\"opts-nqp\" name=\"no-quorum-policy\""
                    + " value=\"suicide\"/></cluster_property_set>");
            // a long fencing delay: the minority must end itself long before the majority's device acts
            c.addFenceDevice("fence1", null, "10s");
            c.addDummy("d1");
            String where = awaitRunning(c, "d1");
            long pid = c.pid(where);
            Path state = c.dir.resolve(where).resolve("run/jcrm/Dummy-d1.state");
            AdminClient minority = AdminClient.forStateDir(c.dir.resolve(where));
            assertEquals("isolated\n", minority.request("isolate on", ""));
            assertTrue(TestCluster.await(SETTLE, () -> ProcessHandle.of(pid).isEmpty()), "the isolated node still runs\n" + c.logs());
            assertFalse(Files.exists(state), "d1 was left running on " + where);
            assertTrue(c.logs().contains("quorum lost: no-quorum-policy=suicide: " + where + " fences itself"), c.logs());
            assertFalse(c.logs().contains("fencing " + where + ": confirmed"), "fenced by the majority first\n" + c.logs());
            awaitRunning(c, "d1", where);
        }
    }

    @Test
    void wholeClusterStoppedAndStartedKeepsConfigurationAndPlacement() {
        try (TestCluster c = TestCluster.start(dir.resolve("c"))) {
            c.addFenceDevice("fence1", null);
            c.addDummy("d1");
            c.addDummy("d2");
            c.add("constraints", "<rsc_location id=\"d2-prefers-node3\" rsc=\"d2\" node=\"node3\" score=\"INFINITY\"/>");
            c.add("constraints", "<rsc_location id=\"d1-prefers-node1\" rsc=\"d1\" node=\"node1\" score=\"INFINITY\"/>");
            Map<String, String> before = Map.of("d1", awaitRunning(c, "d1"), "d2", awaitRunning(c, "d2"));
            assertEquals("node3", before.get("d2"));
            CibVersion version = CibVersion.of(AdminClient.forStateDir(c.dir.resolve("node1")).cib());

            assertEquals("stopped 3 node(s)\n", c.run(new ClusterCommand(), "stop", "--all"));
            assertTrue(c.nodes().stream().noneMatch(c::running));
            c.run(new ClusterCommand(), "start", "--all");
            assertTrue(TestCluster.await(SETTLE, () -> c.status().contains("Online: [ node1 node2 node3 ]")), c.status());

            Cib after = AdminClient.forStateDir(c.dir.resolve("node2")).cib();
            assertTrue(CibVersion.of(after).compareTo(version) >= 0, CibVersion.of(after) + " is older than " + version);
            String config = c.run(new StatusCommand());
            assertTrue(config.contains("d2\t(ocf:jcrm:Dummy)"), config);
            // a whole-cluster stop stops every resource first, so stickiness has nothing to hold on to: the
            // location preferences place them as before once every node is back (a resource may start on
            // an early node while the others are still joining; an INFINITY preference then outweighs
            // its stickiness and brings it back)
            for (String rsc : List.of("d1", "d2")) {
                assertTrue(TestCluster.await(SETTLE, () -> before.get(rsc).equals(awaitRunning(c, rsc))),
                        rsc + " is not back where it ran\n" + c.logs());
            }
        }
    }
}
