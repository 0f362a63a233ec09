package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jcrm's own OCF agents and Debian's ocf:heartbeat:Dummy, run for real through the executor. */
class OcfAgentsIntegrationTest {
    private static final AgentRef DUMMY = AgentRef.parse("ocf:jcrm:Dummy");
    private static final AgentRef STATEFUL = AgentRef.parse("ocf:jcrm:Stateful");
    private static final AgentRef ANYTHING = AgentRef.parse("ocf:jcrm:anything");

    @TempDir
    Path tmp;
    private NodeExecutor executor;

    @BeforeEach
    void setUp() {
        AgentRegistry registry = AgentRegistry.standard(TestAgents.paths(tmp.resolve("resource.d"), tmp));
        executor = new NodeExecutor(registry.resolver(), 4);
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    private ActionResult run(AgentRef agent, String action, Map<String, String> params) throws Exception {
        return executor.submit(ExecutorAction.of("r1", agent, action, Duration.ofSeconds(20), params))
                .get(60, TimeUnit.SECONDS);
    }

    private List<Integer> lifecycle(AgentRef agent, Map<String, String> params) throws Exception {
        List<Integer> rcs = new ArrayList<>();
        for (String action : List.of("monitor", "start", "monitor", "start", "stop", "stop", "monitor")) {
            rcs.add(run(agent, action, params).rc());
        }
        return rcs;
    }

    @Test
    void jcrmDummyGoesThroughItsLifeCycle() throws Exception {
        Map<String, String> p = Map.of("state", tmp.resolve("d.state").toString());
        assertEquals(List.of(7, 0, 0, 0, 0, 0, 7), lifecycle(DUMMY, p));
    }

    @Test
    void dummyKnobsFailAndDelayChosenActions() throws Exception {
        Map<String, String> p = Map.of("state", tmp.resolve("d.state").toString(), "failures", "start=6",
                "delays", "stop=5");
        ActionResult start = run(DUMMY, "start", p);
        assertEquals(6, start.rc());
        assertEquals("start forced to return 6 by the failures parameter", start.exitReason());
        ActionResult stop = executor.submit(ExecutorAction.of("r1", DUMMY, "stop", Duration.ofMillis(800), p))
                .get(10, TimeUnit.SECONDS);
        assertEquals(OpStatus.TIMEOUT, stop.status());
    }

    @Test
    void debianHeartbeatDummyRunsWithTheSystemOcfRoot() throws Exception {
        TestAgents.assumeExists(Path.of("/usr/lib/ocf/resource.d/heartbeat/Dummy"));
        Map<String, String> p = Map.of("state", tmp.resolve("hb.state").toString());
        assertEquals(List.of(7, 0, 0, 0, 0, 0, 7), lifecycle(AgentRef.parse("ocf:heartbeat:Dummy"), p));
    }

    @Test
    void statefulPromotesAndKeepsItsScoreWithoutTheJcrmCommand() throws Exception {
        Path state = tmp.resolve("s.state");
        Map<String, String> p = Map.of("state", state.toString());
        assertEquals(0, run(STATEFUL, "start", p).rc());
        assertEquals("master-r1=5", Files.readString(Path.of(state + ".score")).strip());
        assertEquals(0, run(STATEFUL, "promote", p).rc());
        assertEquals(8, run(STATEFUL, "monitor", p).rc());
        assertEquals("master-r1=10", Files.readString(Path.of(state + ".score")).strip());
        ActionResult demote = run(STATEFUL, "demote", p);
        assertEquals(0, demote.rc());
        assertTrue(demote.output().contains("jcrm command not found"), demote.output());
        assertEquals(0, run(STATEFUL, "monitor", p).rc());
        assertEquals(0, run(STATEFUL, "stop", p).rc());
        assertEquals(7, run(STATEFUL, "monitor", p).rc());
        assertTrue(Files.notExists(Path.of(state + ".score")));
    }

    @Test
    void anythingRunsADaemonAndMonitorsItsPid() throws Exception {
        Path pidfile = tmp.resolve("a.pid");
        Map<String, String> p = Map.of("binfile", "sleep", "cmdline_options", "300", "pidfile", pidfile.toString());
        assertEquals(0, run(ANYTHING, "start", p).rc());
        long pid = Long.parseLong(Files.readString(pidfile).strip());
        assertTrue(TestAgents.alive(pid));
        assertEquals(0, run(ANYTHING, "monitor", p).rc());
        assertEquals(0, run(ANYTHING, "stop", p).rc());
        assertEquals(7, run(ANYTHING, "monitor", p).rc());
        assertTrue(!TestAgents.alive(pid));
        ActionResult missing = run(ANYTHING, "start", Map.of("binfile", "/no/such/program"));
        assertEquals(5, missing.rc());
        assertTrue(missing.exitReason().contains("not found"), missing.exitReason());
    }

    @Test
    void agentsSeeTheOcfEnvironment() throws Exception {
        TestAgents.script(tmp.resolve("resource.d/test/Env"), "#!/bin/sh\nenv | grep '^OCF_' | sort\n");
        ExecutorAction a = new ExecutorAction("web:1", AgentRef.parse("ocf:test:Env"), "monitor",
                Duration.ofSeconds(10), Duration.ofSeconds(20), Map.of("ip", "10.0.0.1"),
                Map.of("clone-max", "2", "depth", "10", "notify_type", "pre"));
        CountDownLatch heard = new CountDownLatch(1);
        List<ActionResult> results = new ArrayList<>();
        executor.startRecurring(a, (act, r) -> {
            results.add(r);
            heard.countDown();
        });
        assertTrue(heard.await(10, TimeUnit.SECONDS));
        executor.cancelAll("web:1");
        String env = results.get(0).output();
        for (String line : List.of("OCF_RESKEY_ip=10.0.0.1", "OCF_RESKEY_CRM_meta_clone_max=2",
                "OCF_RESKEY_CRM_meta_interval=10000", "OCF_RESKEY_CRM_meta_timeout=20000",
                "OCF_RESKEY_CRM_meta_notify_type=pre", "OCF_CHECK_LEVEL=10", "OCF_RA_VERSION_MAJOR=1",
                "OCF_RA_VERSION_MINOR=1", "OCF_RESOURCE_INSTANCE=web:1", "OCF_RESOURCE_PROVIDER=test",
                "OCF_RESOURCE_TYPE=Env", "OCF_ROOT=/usr/lib/ocf", "OCF_EXIT_REASON_PREFIX=ocf-exit-reason:")) {
            assertTrue(env.contains(line + "\n"), line + " missing in\n" + env);
        }
    }
}
