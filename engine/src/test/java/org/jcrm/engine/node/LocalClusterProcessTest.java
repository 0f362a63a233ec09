package org.jcrm.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.store.CibVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real node processes on 127.0.0.1: replication between them, failure detection of a killed
 * and of a frozen node, quorum loss, and a process with the wrong key kept out. Every process it
 * starts is killed afterwards, even when a test fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterProcessTest {
    private static final List<String> NODES = List.of("node1", "node2", "node3");
    private static final Duration FORM = Duration.ofSeconds(30);
    private static final int ROUNDS = 3;

    @TempDir
    static Path dir;
    static LocalCluster cluster;
    static final List<Process> strays = new ArrayList<>();

    @BeforeAll
    static void startThreeNodes() {
        cluster = new LocalCluster(dir);
        cluster.start(NODES.size(), FORM);
    }

    @AfterAll
    static void killEverything() {
        for (String node : NODES) {
            PidFile.running(cluster.stateDir(node)).ifPresent(p -> signal("CONT", p.pid()));
        }
        cluster.stop();
        for (Process p : strays) {
            p.destroyForcibly();
        }
    }

    @Test
    @Order(0)
    void eachNodeRunsInASessionOfItsOwn() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "setsid is not installed");
        long ours = session(ProcessHandle.current().pid());
        List<Long> sessions = new ArrayList<>();
        for (String node : NODES) {
            long pid = pid(node).pid();
            long session = session(pid);
            assertEquals(pid, session, node + " leads no session of its own");
            sessions.add(session);
        }
        assertFalse(sessions.contains(ours), "a node shares the starter's session " + ours);
    }

    /** The session id of a process, from the sixth field of /proc/PID/stat. */
    private static long session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    @Test
    @Order(1)
    void commitOnNode2IsReadOnNode3() {
        AdminClient node2 = admin("node2");
        CibVersion before;
        CibVersion after = null;
        // the DC records membership meanwhile: a commit on a stale base is refused, and retried
        do {
            Cib cib = node2.cib();
            cib.setUpdateOrigin("written-on-node2");
            before = CibVersion.of(cib);
            try {
                after = node2.commit(cib);
            } catch (org.jcrm.engine.store.StaleCibException e) {
                after = null;
            }
        } while (after == null);
        assertEquals(before.nextEpoch(), after);
        // A commit returns once a majority holds it; the third node may take the copy a moment later.
        Cib onNode3 = admin("node3").cib();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                CibVersion.of(onNode3).compareTo(after) < 0 && System.nanoTime() < deadline; ) {
            pause(50);
            onNode3 = admin("node3").cib();
        }
        assertEquals("written-on-node2", onNode3.getUpdateOrigin());
        assertTrue(CibVersion.of(onNode3).compareTo(after) >= 0, "node3 holds " + CibVersion.of(onNode3) + ", older than " + after);
    }

    @Test
    @Order(2)
    void processWithAnotherKeyCannotJoin() throws Exception {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        ClusterConfig real = ClusterConfig.load(cluster.configFile());
        List<NodeAddress> nodes = new ArrayList<>(real.nodes());
        int port = real.nodes().get(2).port() + 7;
        nodes.add(new NodeAddress("intruder", LocalCluster.HOST, port));
        Path file = outside.resolve(ClusterConfig.FILE_NAME);
        new ClusterConfig(real.name(), nodes, real.tokenMillis(), false, false).save(file);
        ClusterKey.generate(outside.resolve(ClusterConfig.KEY_FILE_NAME));
        Path state = outside.resolve("intruder");
        strays.add(LocalCluster.launch(file, "intruder", state));
        NodeStatus intruder = awaitStatus(state, Duration.ofSeconds(20));
        Thread.sleep(3000);
        intruder = AdminClient.forStateDir(state).status();
        assertEquals(List.of("intruder"), intruder.members());
        assertEquals(Cib.empty().getEpoch(), intruder.cibVersion().split("\\.")[1], "the intruder read no CIB");
        for (String node : NODES) {
            assertEquals(NODES.size(), admin(node).status().members().size(), node + " let the intruder in");
        }
    }

    @Test
    @Order(3)
    void killedNodeLeavesTheViewQuickly() {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ProcessHandle victim = pid("node3");
            long start = System.nanoTime();
            victim.destroyForcibly();
            times.add(awaitAbsent("node3", Duration.ofSeconds(10), start));
            victim.onExit().join();
            cluster.launch("node3");
            cluster.awaitView(NODES, FORM);
        }
        long median = median(times);
        System.out.println("kill -9 detection (ms): " + times + " median " + median);
        assertTrue(median < 2000, "median detection of a killed node took " + median + " ms");
    }

    @Test
    @Order(4)
    void frozenNodeLeavesTheViewWithinTheToken() {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ProcessHandle victim = pid("node2");
            long start = System.nanoTime();
            signal("STOP", victim.pid());
            try {
                times.add(awaitAbsent("node2", Duration.ofSeconds(15), start));
            } finally {
                signal("CONT", victim.pid());
            }
            victim.destroyForcibly();
            victim.onExit().join();
            cluster.launch("node2");
            cluster.awaitView(NODES, FORM);
        }
        long median = median(times);
        System.out.println("SIGSTOP detection (ms): " + times + " median " + median);
        assertTrue(median < 4000, "median detection of a frozen node took " + median + " ms");
    }

    @Test
    @Order(5)
    void commitWithoutQuorumIsRefused() {
        for (String node : List.of("node2", "node3")) {
            ProcessHandle p = pid(node);
            p.destroy();
            p.onExit().join();
        }
        awaitAbsent("node2", Duration.ofSeconds(10), System.nanoTime());
        awaitAbsent("node3", Duration.ofSeconds(10), System.nanoTime());
        AdminClient node1 = admin("node1");
        assertFalse(node1.status().quorum().quorate());
        Cib cib = node1.cib();
        CibVersion held = CibVersion.of(cib);
        cib.setDcUuid("refused");
        AdminException e = assertThrows(AdminException.class, () -> node1.commit(cib));
        assertTrue(e.getMessage().contains("no quorum"), e.getMessage());
        assertEquals(held, CibVersion.of(node1.cib()));
    }

    private static AdminClient admin(String node) {
        return AdminClient.forStateDir(cluster.stateDir(node));
    }

    private static ProcessHandle pid(String node) {
        Optional<ProcessHandle> p = PidFile.running(cluster.stateDir(node));
        assertTrue(p.isPresent(), node + " is not running");
        return p.get();
    }

    /** Milliseconds from {@code start} until node1 no longer lists {@code node} in its view. */
    private static long awaitAbsent(String node, Duration timeout, long start) {
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!admin("node1").status().members().contains(node)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            pause(20);
        }
        throw new AssertionError(node + " still in node1's view after " + timeout.toSeconds() + " s");
    }

    private static NodeStatus awaitStatus(Path stateDir, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return AdminClient.forStateDir(stateDir).status();
            } catch (AdminException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause(100);
            }
        }
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void signal(String name, long pid) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
