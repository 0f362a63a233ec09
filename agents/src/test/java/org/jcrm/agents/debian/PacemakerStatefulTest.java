package org.jcrm.agents.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.TestAgents;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every action of Debian's ocf:pacemaker:Stateful run through the executor. The agent records its
 * promotion score with {@code crm_attribute --promotion}, which needs Pacemaker's CIB: with no cluster
 * the call fails, the action's own result is unaffected and the failure shows in the output; with a CIB
 * file given to the agent the score lands in that file's status section.
 */
class PacemakerStatefulTest {
    private static final Path AGENT = Path.of("/usr/lib/ocf/resource.d/pacemaker/Stateful");
    private static final Path CRM_ATTRIBUTE = Path.of("/usr/sbin/crm_attribute");
    private static final AgentRef STATEFUL = AgentRef.parse("ocf:pacemaker:Stateful");
    private static final AgentRef STATEFUL_IN_CIB = AgentRef.parse("ocf:test:StatefulInCib");
    private static final Map<String, String> ON_N1 = Map.of("on_node", "n1");
    private static final Pattern SCORE = Pattern.compile("name=\"master-s1\" value=\"([^\"]*)\"");

    @TempDir
    Path tmp;
    private NodeExecutor executor;
    private Map<String, String> params;
    private Path state;

    @BeforeEach
    void setUp() {
        TestAgents.assumeExists(AGENT);
        TestAgents.assumeExists(CRM_ATTRIBUTE);
        executor = new NodeExecutor(AgentRegistry.standard(TestAgents.paths(tmp.resolve("resource.d"), tmp))
                .resolver(), 2);
        state = tmp.resolve("s1.state");
        params = Map.of("state", state.toString());
    }

    @AfterEach
    void tearDown() {
        if (executor != null) {
            executor.close();
        }
    }

    private ActionResult run(AgentRef agent, String action, Duration interval, Map<String, String> p,
                             Map<String, String> meta) throws Exception {
        ExecutorAction a = new ExecutorAction("s1", agent, action, interval, Duration.ofSeconds(20), p, meta);
        return executor.submit(a).get(60, TimeUnit.SECONDS);
    }

    private ActionResult run(String action) throws Exception {
        return run(STATEFUL, action, Duration.ZERO, params, ON_N1);
    }

    private int rc(String action) throws Exception {
        return run(action).rc();
    }

    @Test
    void everyActionAnswersWithTheCodeOfItsRole() throws Exception {
        assumeTrue(System.getenv("CIB_file") == null, "CIB_file is set: crm_attribute would write there");
        assertEquals(OcfCode.NOT_RUNNING, rc("monitor"));
        assertEquals(OcfCode.NOT_RUNNING, rc("promote"), "promote of a stopped instance");
        assertEquals(OcfCode.NOT_RUNNING, rc("demote"), "demote of a stopped instance");
        ActionResult start = run("start");
        assertEquals(OcfCode.SUCCESS, start.rc());
        assertEquals("Unpromoted", Files.readString(state).strip());
        assertTrue(start.output().contains("crm_attribute: Could not connect to the CIB"), start.output());
        assertEquals(OcfCode.SUCCESS, rc("monitor"));
        assertEquals(OcfCode.SUCCESS, rc("promote"));
        assertEquals(OcfCode.RUNNING_PROMOTED, rc("monitor"));
        assertEquals(OcfCode.RUNNING_PROMOTED, rc("start"), "start of a promoted instance");
        assertEquals(OcfCode.RUNNING_PROMOTED, rc("stop"), "stop refuses a promoted instance");
        assertEquals(OcfCode.SUCCESS, run(STATEFUL, "notify", Duration.ZERO, params,
                Map.of("notify_type", "pre", "notify_operation", "demote")).rc());
        assertEquals(OcfCode.SUCCESS, rc("demote"));
        assertEquals(OcfCode.SUCCESS, rc("monitor"));
        assertEquals(OcfCode.SUCCESS, rc("stop"));
        assertTrue(Files.notExists(state));
        assertEquals(OcfCode.NOT_RUNNING, rc("monitor"));
        assertEquals(OcfCode.SUCCESS, rc("validate-all"));
        assertEquals(OcfCode.SUCCESS, rc("reload-agent"));
        assertEquals(OcfCode.ERR_UNIMPLEMENTED, rc("migrate_to"));
    }

    @Test
    void monitorReportsForcedCodesAndUnexpectedState() throws Exception {
        Files.writeString(state, "Sideways\n");
        ActionResult odd = run("monitor");
        assertEquals(OcfCode.ERR_GENERIC, odd.rc());
        assertTrue(odd.output().contains("exists but contains unexpected contents"), odd.output());
        Files.writeString(Path.of(state + ".rc"), "6\n");
        ActionResult forced = run("monitor");
        assertEquals(OcfCode.ERR_CONFIGURED, forced.rc());
        assertEquals("6 GB redirected to /dev/null", forced.exitReason());
    }

    @Test
    void notifyWaitsForItsDelayAndTimesOutBeyondIt() throws Exception {
        Map<String, String> slow = Map.of("state", state.toString(), "notify_delay", "1");
        ActionResult r = run(STATEFUL, "notify", Duration.ZERO, slow, Map.of());
        assertEquals(OcfCode.SUCCESS, r.rc());
        assertTrue(r.execTime().toMillis() >= 1000, r.execTime().toString());
        ActionResult late = executor.submit(new ExecutorAction("s1", STATEFUL, "notify", Duration.ZERO,
                Duration.ofMillis(500), slow, Map.of())).get(30, TimeUnit.SECONDS);
        assertEquals(OpStatus.TIMEOUT, late.status());
    }

    @Test
    void metaDataNamesEveryActionTheAgentImplements() throws Exception {
        ActionResult r = run("meta-data");
        assertEquals(OcfCode.SUCCESS, r.rc());
        String xml = r.output();
        for (String action : List.of("start", "stop", "monitor", "promote", "demote", "notify", "reload-agent",
                "validate-all")) {
            assertTrue(xml.contains("<action name=\"" + action + "\""), action + " missing in\n" + xml);
        }
    }

    @Test
    void promotionScoreReachesACibFileGivenToTheAgent() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.writeString(cib, """
                <cib crm_feature_set="3.16.1" validate-with="pacemaker-3.9" epoch="1" num_updates="0" admin_epoch="0">
                  <configuration><crm_config/><nodes><node id="1" uname="n1"/></nodes><resources/><constraints/></configuration>
                  <status><node_state id="1" uname="n1"/></status>
                </cib>
                """);
        TestAgents.script(tmp.resolve("resource.d/test/StatefulInCib"),
                "#!/bin/sh\nCIB_file='" + cib + "' exec " + AGENT + " \"$@\"\n");
        assertEquals(OcfCode.SUCCESS, runInCib("start", Duration.ZERO));
        assertEquals("5", score(cib));
        assertEquals(OcfCode.SUCCESS, runInCib("promote", Duration.ZERO));
        assertEquals("10", score(cib));
        Files.writeString(cib, Files.readString(cib).replace("value=\"10\"", "value=\"1\""));
        assertEquals(OcfCode.RUNNING_PROMOTED, runInCib("monitor", Duration.ofSeconds(10)));
        assertEquals("1", score(cib), "a recurring monitor leaves the score alone");
        assertEquals(OcfCode.RUNNING_PROMOTED, runInCib("monitor", Duration.ZERO));
        assertEquals("10", score(cib), "a probe restores the score of the role it finds");
        assertEquals(OcfCode.SUCCESS, runInCib("demote", Duration.ZERO));
        assertEquals("5", score(cib));
        assertEquals(OcfCode.SUCCESS, runInCib("stop", Duration.ZERO));
        assertEquals("", score(cib), "stop deletes the score");
    }

    private int runInCib(String action, Duration interval) throws Exception {
        if (!interval.isZero()) {
            // A recurring monitor is checked with a single run: its first result is what matters here.
            ExecutorAction a = new ExecutorAction("s1", STATEFUL_IN_CIB, action, interval, Duration.ofSeconds(20),
                    params, ON_N1);
            CompletableFuture<ActionResult> first = new CompletableFuture<>();
            executor.startRecurring(a, (act, r) -> first.complete(r));
            int rc = first.get(60, TimeUnit.SECONDS).rc();
            executor.cancelAll("s1");
            return rc;
        }
        return run(STATEFUL_IN_CIB, action, interval, params, ON_N1).rc();
    }

    /** The value of {@code master-s1} in the CIB file's status section, or "" when absent. */
    private static String score(Path cib) throws Exception {
        String xml = Files.readString(cib);
        Matcher m = SCORE.matcher(xml);
        return m.find() ? m.group(1) : "";
    }
}
