package org.jcrm.engine.node.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.scheduler.actions.Action;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The controller's edits of the status section, read back by the scheduler. */
class StatusEditsTest {
    private static final String EMPTY = "<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\"><configuration><crm_config/>"
            + "<nodes/><resources><primitive id=\"d1\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\"/>"
            + "<primitive id=\"f1\" class=\"stonith\" type=\"fence_x\"/></resources><constraints/></configuration>"
            + "<status/></cib>";
    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private static final Map<String, String> BOOTS = Map.of("n1", "b1", "n2", "b2", "n3", "b3");
    private static final AgentRef DUMMY = new AgentRef("ocf", "jcrm", "Dummy");

    private static StatusDocument cluster() {
        StatusDocument doc = StatusDocument.parse(EMPTY);
        Membership.sync(doc, NODES, BOOTS, NODES, "n1");
        return doc;
    }

    private static OpRecorder.Request request(String node, String task, long interval) {
        return new OpRecorder.Request(node, "d1", DUMMY, task, interval, 0, "1:1:0:" + OpRecorder.UUID, Map.of(), 20000);
    }

    private static ActionResult result(int rc) {
        return new ActionResult(rc, OpStatus.DONE, rc == 0 ? "" : "broken", "", Duration.ofMillis(12));
    }

    private static Transition schedule(StatusDocument doc) {
        return Scheduler.schedule(doc.toXml(), Instant.ofEpochSecond(1_700_000_000));
    }

    @Test
    void membershipWritesNodesDcAndJoinedStates() {
        StatusDocument doc = cluster();
        assertEquals("1", doc.root().getAttribute("dc-uuid"));
        assertEquals(3, doc.root().getElementsByTagName("node").getLength());
        assertTrue(NODES.stream().allMatch(doc::isMember));
        Element ns = doc.findNodeState("n2").orElseThrow();
        assertEquals("2", ns.getAttribute("id"));
        assertEquals("member", ns.getAttribute("join"));
    }

    @Test
    void aRestartedMemberLosesItsHistoryAndOneWithoutHelloWaits() {
        StatusDocument doc = cluster();
        OpRecorder.record(doc, request("n2", "start", 0), result(0), Instant.now());
        doc.transientAttribute("n2", "shutdown", "1700000000");
        Membership.sync(doc, NODES, BOOTS, NODES, "n1");
        assertEquals(1, doc.lrmResources("n2").size(), "same boot: nothing changes");
        Membership.sync(doc, NODES, Map.of("n1", "b1", "n2", "b2-again"), NODES, "n1");
        assertTrue(doc.lrmResources("n2").isEmpty());
        assertTrue(doc.transientAttributeNames("n2").isEmpty());
        StatusDocument fresh = StatusDocument.parse(EMPTY);
        Membership.sync(fresh, NODES, Map.of("n1", "b1"), NODES, "n1");
        assertTrue(fresh.isMember("n1"));
        assertFalse(fresh.isMember("n2"));
    }

    @Test
    void aLostMemberMustBeFencedAndAShuttingDownOneIsNot() {
        StatusDocument doc = cluster();
        doc.transientAttribute("n3", "shutdown", "1700000000");
        Membership.sync(doc, List.of("n1"), BOOTS, NODES, "n1");
        assertEquals("member", doc.findNodeState("n2").orElseThrow().getAttribute("expected"));
        assertEquals("down", doc.findNodeState("n3").orElseThrow().getAttribute("expected"));
        List<Action> fences = schedule(doc).actions().stream().filter(a -> a.kind() == Action.Kind.FENCE).toList();
        assertEquals(List.of("n2"), fences.stream().map(a -> a.node().uname()).toList());
    }

    @Test
    void aRecordedStartMakesTheResourceActiveAndIdempotentToSchedule() {
        StatusDocument doc = cluster();
        for (String n : NODES) {
            assertTrue(OpRecorder.record(doc, request(n, "monitor", 0), result(7), Instant.now()));
        }
        assertTrue(OpRecorder.record(doc, request("n2", "start", 0), result(0), Instant.now()));
        Transition t = schedule(doc);
        assertTrue(t.actions().stream().noneMatch(a -> a.rscId().equals("d1") && !a.task().equals("monitor")
                && a.kind() == Action.Kind.RESOURCE), t.actions().toString());
        assertEquals("n2", t.workingSet().primitives().stream().filter(p -> p.id().equals("d1")).findFirst()
                .orElseThrow().activeOn().keySet().iterator().next().uname());
    }

    @Test
    void aFailedMonitorCountsAFailureAndAStopDropsRecurringOperations() {
        StatusDocument doc = cluster();
        OpRecorder.record(doc, request("n1", "start", 0), result(0), Instant.now());
        OpRecorder.record(doc, request("n1", "monitor", 10000), result(0), Instant.now());
        assertFalse(OpRecorder.record(doc, request("n1", "monitor", 10000), result(7), Instant.now()));
        assertEquals("1", doc.transientAttribute("n1", "fail-count-d1#monitor_10000").orElseThrow());
        OpRecorder.record(doc, request("n1", "monitor", 10000), result(7), Instant.now());
        assertEquals("2", doc.transientAttribute("n1", "fail-count-d1#monitor_10000").orElseThrow());
        Element lrm = doc.lrmResources("n1").get(0);
        assertEquals(3, lrm.getElementsByTagName("lrm_rsc_op").getLength());
        assertTrue(schedule(doc).actions().stream().anyMatch(a -> a.rscId().equals("d1") && a.task().equals("stop")));
        OpRecorder.record(doc, request("n1", "stop", 0), result(0), Instant.now());
        assertEquals(2, lrm.getElementsByTagName("lrm_rsc_op").getLength(), "last_0 and last_failure_0 remain");
    }

    @Test
    void aFailedStartIsFatalForTheNode() {
        StatusDocument doc = cluster();
        assertFalse(OpRecorder.record(doc, request("n1", "start", 0), result(1), Instant.now()));
        assertEquals("INFINITY", doc.transientAttribute("n1", "fail-count-d1#start_0").orElseThrow());
    }

    @Test
    void probesMayFindAnyState() {
        assertTrue(OpRecorder.succeeded(request("n1", "monitor", 0), result(0)));
        assertTrue(OpRecorder.succeeded(request("n1", "monitor", 0), result(7)));
        assertFalse(OpRecorder.succeeded(request("n1", "monitor", 0), result(1)));
        assertFalse(OpRecorder.succeeded(request("n1", "start", 0),
                ActionResult.failed(0, OpStatus.TIMEOUT, "timed out")));
    }

    @Test
    void digestsFollowPacemaker() {
        assertEquals("f2317cad3d54cec5d7d7aa7d0bf35cf8", OpRecorder.digest(Map.of(), -1));
        assertFalse(OpRecorder.digest(Map.of(), -1).equals(OpRecorder.digest(Map.of(), 20000)));
        assertEquals(OpRecorder.digest(Map.of("b", "2", "a", "1"), -1), OpRecorder.digest(Map.of("a", "1", "b", "2"), -1));
    }

    @Test
    void fencedNodesLoseHistoryAndTransientAttributes() {
        StatusDocument doc = cluster();
        OpRecorder.record(doc, request("n1", "start", 0), result(0), Instant.now());
        doc.transientAttribute("n1", "master-d1", "5");
        doc.memberDown("n1");
        assertTrue(doc.lrmResources("n1").isEmpty());
        assertTrue(doc.transientAttributeNames("n1").isEmpty());
        assertFalse(doc.isMember("n1"));
    }
}
