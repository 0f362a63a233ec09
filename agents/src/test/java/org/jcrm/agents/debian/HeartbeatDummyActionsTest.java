package org.jcrm.agents.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.TestAgents;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actions of Debian's ocf:heartbeat:Dummy beyond its life cycle (which
 * {@code OcfAgentsIntegrationTest} covers): migrate_to and migrate_from with the migration meta
 * attributes, reload, validate-all, meta-data and an action it does not know.
 */
class HeartbeatDummyActionsTest {
    private static final Path AGENT = Path.of("/usr/lib/ocf/resource.d/heartbeat/Dummy");
    private static final AgentRef DUMMY = AgentRef.parse("ocf:heartbeat:Dummy");

    @TempDir
    Path tmp;
    private NodeExecutor executor;
    private Path state;

    @BeforeEach
    void setUp() {
        TestAgents.assumeExists(AGENT);
        executor = new NodeExecutor(AgentRegistry.standard(TestAgents.paths(null, tmp)).resolver(), 2);
        state = tmp.resolve("d1.state");
    }

    @AfterEach
    void tearDown() {
        if (executor != null) {
            executor.close();
        }
    }

    private ActionResult run(String action, Path stateFile, Map<String, String> meta) throws Exception {
        ExecutorAction a = new ExecutorAction("d1", DUMMY, action, Duration.ZERO, Duration.ofSeconds(20),
                Map.of("state", stateFile.toString()), meta);
        return executor.submit(a).get(60, TimeUnit.SECONDS);
    }

    @Test
    void migrateToStopsHereAndMigrateFromStartsThere() throws Exception {
        assertEquals(OcfCode.SUCCESS, run("start", state, Map.of()).rc());
        Map<String, String> migration = Map.of("migrate_source", "n1", "migrate_target", "n2");
        ActionResult to = run("migrate_to", state, migration);
        assertEquals(OcfCode.SUCCESS, to.rc());
        assertTrue(to.output().contains("Migrating d1 to n2."), to.output());
        assertTrue(Files.notExists(state));
        ActionResult from = run("migrate_from", state, migration);
        assertEquals(OcfCode.SUCCESS, from.rc());
        assertTrue(from.output().contains("Migrating d1 from n1."), from.output());
        assertEquals(OcfCode.SUCCESS, run("monitor", state, Map.of()).rc());
    }

    @Test
    void reloadKeepsTheResourceRunning() throws Exception {
        assertEquals(OcfCode.SUCCESS, run("start", state, Map.of()).rc());
        ActionResult reload = run("reload", state, Map.of());
        assertEquals(OcfCode.SUCCESS, reload.rc());
        assertTrue(reload.output().contains("Reloading d1"), reload.output());
        assertEquals(OcfCode.SUCCESS, run("monitor", state, Map.of()).rc());
    }

    @Test
    void recurringMonitorOfAStoppedResourceGivesAReasonAndAProbeDoesNot() throws Exception {
        ActionResult probe = run("monitor", state, Map.of());
        assertEquals(OcfCode.NOT_RUNNING, probe.rc());
        assertEquals("", probe.exitReason());
        ExecutorAction monitor = new ExecutorAction("d1", DUMMY, "monitor", Duration.ofSeconds(10),
                Duration.ofSeconds(20), Map.of("state", state.toString()), Map.of());
        CompletableFuture<ActionResult> first = new CompletableFuture<>();
        executor.startRecurring(monitor, (a, r) -> first.complete(r));
        ActionResult recurring = first.get(60, TimeUnit.SECONDS);
        executor.cancelAll("d1");
        assertEquals(OcfCode.NOT_RUNNING, recurring.rc());
        assertEquals("No process state file found", recurring.exitReason());
    }

    @Test
    void validateAllChecksTheStateDirectory() throws Exception {
        assertEquals(OcfCode.SUCCESS, run("validate-all", state, Map.of()).rc());
        ActionResult bad = run("validate-all", Path.of("/proc/jcrm-no-such-dir/d1.state"), Map.of());
        assertEquals(OcfCode.ERR_ARGS, bad.rc());
        assertEquals("State file \"/proc/jcrm-no-such-dir/d1.state\" is not writable", bad.exitReason());
    }

    @Test
    void metaDataListsEveryActionAndUnknownActionsAreUnimplemented() throws Exception {
        ActionResult md = run("meta-data", state, Map.of());
        assertEquals(OcfCode.SUCCESS, md.rc());
        for (String action : List.of("start", "stop", "monitor", "reload", "migrate_to", "migrate_from",
                "validate-all", "meta-data")) {
            assertTrue(md.output().contains("<action name=\"" + action + "\""), action + " missing");
        }
        assertEquals(OcfCode.ERR_UNIMPLEMENTED, run("promote", state, Map.of()).rc());
    }
}
