package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents that misbehave in every way an agent can, run for real through the executor. */
class BrokenAgentTest {
    @TempDir
    Path tmp;
    private Path providerDir;
    private AgentRegistry registry;

    @BeforeEach
    void setUp() {
        providerDir = tmp.resolve("resource.d/broken");
        registry = new AgentRegistry(List.of(new org.jcrm.agents.ocf.OcfAgentClass(
                TestAgents.paths(tmp.resolve("resource.d"), tmp), new org.jcrm.agents.process.ProcessRunner())));
    }

    private ActionResult run(String type, String action, long timeoutMs) throws Exception {
        try (NodeExecutor ex = new NodeExecutor(registry.resolver(), 2)) {
            return ex.submit(ExecutorAction.of("r1", new AgentRef("ocf", "broken", type), action,
                    Duration.ofMillis(timeoutMs), Map.of("dir", tmp.toString()))).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void missingAgentIsNotInstalled() throws Exception {
        ActionResult r = run("Nowhere", "start", 5000);
        assertEquals(5, r.rc());
        assertEquals(OpStatus.NOT_INSTALLED, r.status());
        assertTrue(r.exitReason().contains("ocf:broken:Nowhere not found"), r.exitReason());
    }

    @Test
    void agentThatIsNotExecutableIsRefused() throws Exception {
        TestAgents.script(providerDir.resolve("Plain"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(providerDir.resolve("Plain"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        ActionResult r = run("Plain", "start", 5000);
        assertEquals(4, r.rc());
        assertTrue(r.exitReason().contains("is not executable"), r.exitReason());
    }

    @Test
    void hangingAgentTimesOutAndItsWholeProcessGroupIsKilled() throws Exception {
        TestAgents.script(providerDir.resolve("Hang"), "#!/bin/sh\n"
                + "sleep 300 &\n"
                + "echo $$ $! > \"$OCF_RESKEY_dir/pids\"\n"
                + "sleep 300\n");
        long t0 = System.nanoTime();
        ActionResult r = run("Hang", "start", 700);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(OpStatus.TIMEOUT, r.status());
        assertEquals(1, r.rc());
        assertTrue(tookMs < 5000, "took " + tookMs + "ms");
        String[] pids = Files.readString(tmp.resolve("pids")).strip().split(" ");
        Thread.sleep(200);
        for (String pid : pids) {
            assertFalse(TestAgents.alive(Long.parseLong(pid)), "process " + pid + " survived the timeout");
        }
    }

    @Test
    void hangingAgentDoesNotStallOtherActions() throws Exception {
        TestAgents.script(providerDir.resolve("Hang"), "#!/bin/sh\nexec sleep 300\n");
        TestAgents.script(providerDir.resolve("Quick"), "#!/bin/sh\nexit 0\n");
        try (NodeExecutor ex = new NodeExecutor(registry.resolver(), 2)) {
            CompletableFuture<ActionResult> hang = ex.submit(ExecutorAction.of("h", new AgentRef("ocf", "broken", "Hang"),
                    "start", Duration.ofSeconds(3), Map.of()));
            long t0 = System.nanoTime();
            ActionResult quick = ex.submit(ExecutorAction.of("q", new AgentRef("ocf", "broken", "Quick"), "start",
                    Duration.ofSeconds(3), Map.of())).get(10, TimeUnit.SECONDS);
            assertTrue(quick.is(0));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 2500);
            assertEquals(OpStatus.TIMEOUT, hang.get(10, TimeUnit.SECONDS).status());
        }
    }

    @Test
    void agentKilledBySignalIsAnError() throws Exception {
        TestAgents.script(providerDir.resolve("Crash"), "#!/bin/sh\nkill -SEGV $$\n");
        ActionResult r = run("Crash", "monitor", 5000);
        assertEquals(OpStatus.ERROR, r.status());
        assertEquals(1, r.rc());
        assertTrue(r.exitReason().contains("terminated by signal 11 (SEGV)"), r.exitReason());
    }

    @Test
    void undefinedExitCodeBecomesGenericErrorWithReason() throws Exception {
        TestAgents.script(providerDir.resolve("Odd"), "#!/bin/sh\nexit 42\n");
        ActionResult r = run("Odd", "monitor", 5000);
        assertEquals(1, r.rc());
        assertEquals(OpStatus.DONE, r.status());
        assertEquals("ocf:broken:Odd returned undefined exit code 42", r.exitReason());
    }

    @Test
    void degradedCodesAreNotMistakenForSignals() throws Exception {
        TestAgents.script(providerDir.resolve("Degraded"), "#!/bin/sh\nexit 190\n");
        ActionResult r = run("Degraded", "monitor", 5000);
        assertEquals(190, r.rc());
        assertEquals(OpStatus.DONE, r.status());
    }

    @Test
    void hugeGarbageOutputIsCappedAndTheExitReasonKept() throws Exception {
        TestAgents.script(providerDir.resolve("Noisy"), "#!/bin/sh\n"
                + "head -c 5000000 /dev/urandom\n"
                + "echo 'ocf-exit-reason:disk on fire' >&2\n"
                + "exit 6\n");
        ActionResult r = run("Noisy", "start", 20000);
        assertEquals(6, r.rc());
        assertEquals("disk on fire", r.exitReason());
        assertTrue(r.output().endsWith("[output truncated at 65536 bytes]\n"));
        assertTrue(r.output().length() < 200_000);
    }

    @Test
    void badInterpreterIsNotInstalled() throws Exception {
        TestAgents.script(providerDir.resolve("NoShell"), "#!/nonexistent/shell\nexit 0\n");
        ActionResult r = run("NoShell", "start", 5000);
        assertEquals(5, r.rc(), r.summary());
        assertEquals(OpStatus.NOT_INSTALLED, r.status());
        assertTrue(r.exitReason().contains("No such file"), r.exitReason());
    }
}
