package org.jcrm.engine.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NodeExecutorTest {
    private static final AgentRef FAKE = new AgentRef("fake", null, "thing");

    private static ExecutorAction action(String rsc, String name, long timeoutMs) {
        return ExecutorAction.of(rsc, FAKE, name, Duration.ofMillis(timeoutMs), Map.of());
    }

    private static NodeExecutor executor(ActionHandler handler, int limit) {
        return new NodeExecutor(HandlerResolver.byStandard(Map.of("fake", handler)), limit);
    }

    private static ActionResult ok(int rc) {
        return new ActionResult(rc, OpStatus.DONE, "", "", Duration.ZERO);
    }

    @Test
    void hangingHandlerTimesOutAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ActionHandler hang = a -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return ok(0);
        };
        try (NodeExecutor ex = executor(hang, 2)) {
            ActionResult r = ex.submit(action("r1", "start", 200)).get(5, TimeUnit.SECONDS);
            assertEquals(OpStatus.TIMEOUT, r.status());
            assertEquals(1, r.rc());
            assertTrue(r.exitReason().contains("timed out after 200ms"), r.exitReason());
            assertTrue(interrupted.await(2, TimeUnit.SECONDS));
            assertEquals(0, ex.runningCount());
        }
    }

    @Test
    void handlerIgnoringInterruptsStillFreesItsSlot() throws Exception {
        ActionHandler stubborn = a -> {
            if (a.resourceId().equals("stuck")) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return ok(0);
        };
        try (NodeExecutor ex = executor(stubborn, 1)) {
            CompletableFuture<ActionResult> stuck = ex.submit(action("stuck", "start", 100));
            CompletableFuture<ActionResult> other = ex.submit(action("other", "start", 5000));
            ActionResult r = stuck.get(5, TimeUnit.SECONDS);
            assertEquals(OpStatus.TIMEOUT, r.status());
            assertTrue(r.exitReason().contains("did not stop"), r.exitReason());
            assertTrue(other.get(5, TimeUnit.SECONDS).is(0));
        }
    }

    @Test
    void jobsQueuedBehindATimeoutRunOnTheSameWorkerUninterrupted() throws Exception {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        ActionHandler handler = a -> {
            threads.add(a.resourceId() + "@" + Thread.currentThread().getName());
            if (a.resourceId().equals("slow")) {
                Thread.sleep(60_000);
            }
            Thread.sleep(200); // an interrupt left over from the timed-out job would end this early
            return ok(0);
        };
        try (NodeExecutor ex = executor(handler, 1)) {
            CompletableFuture<ActionResult> slow = ex.submit(action("slow", "start", 150));
            CompletableFuture<ActionResult> next = ex.submit(action("next", "start", 5000));
            CompletableFuture<ActionResult> last = ex.submit(action("last", "start", 5000));
            assertEquals(OpStatus.TIMEOUT, slow.get(5, TimeUnit.SECONDS).status());
            assertTrue(next.get(5, TimeUnit.SECONDS).is(0));
            assertTrue(last.get(5, TimeUnit.SECONDS).is(0));
        }
        String worker = threads.get(0).substring(threads.get(0).indexOf('@'));
        assertEquals(List.of("slow" + worker, "next" + worker, "last" + worker), threads);
    }

    @Test
    void recurringRunsAreDelayedAtMostAHundredthOfTheirIntervalOntoASharedGrid() {
        Duration tenSeconds = Duration.ofSeconds(10);
        long grid = NodeExecutor.MAX_SLACK.toNanos();
        for (long now : new long[] {0, 1, 99_999_999, 100_000_000, -150_000_000, 123_456_789_012L}) {
            long delay = NodeExecutor.coalescedDelayNanos(now, tenSeconds);
            assertTrue(delay >= tenSeconds.toNanos() && delay < tenSeconds.toNanos() + grid, now + ": " + delay);
            assertEquals(0, Math.floorMod(now + delay, grid), "not on the grid: " + now);
        }
        // A one-second monitor uses a 10 ms grid: asked at 5.000001 ms, it runs at 1010 ms.
        assertEquals(1_010_000_000L - 5_000_001, NodeExecutor.coalescedDelayNanos(5_000_001, Duration.ofSeconds(1)));
    }

    @Test
    void concurrencyNeverExceedsTheLimit() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        ActionHandler slow = a -> {
            int n = now.incrementAndGet();
            peak.accumulateAndGet(n, Math::max);
            Thread.sleep(50);
            now.decrementAndGet();
            return ok(0);
        };
        try (NodeExecutor ex = executor(slow, 3)) {
            List<CompletableFuture<ActionResult>> all = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                all.add(ex.submit(action("r" + i, "start", 5000)));
            }
            for (CompletableFuture<ActionResult> f : all) {
                assertTrue(f.get(10, TimeUnit.SECONDS).is(0));
            }
        }
        assertEquals(3, peak.get());
    }

    @Test
    void oneResourceRunsOneActionAtATimeAndOthersAreServedInTurn() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        ActionHandler record = a -> {
            if (a.resourceId().equals("blocker")) {
                release.await();
            } else {
                order.add(a.resourceId() + ":" + a.action());
            }
            return ok(0);
        };
        try (NodeExecutor ex = executor(record, 1)) {
            List<CompletableFuture<ActionResult>> all = new ArrayList<>();
            all.add(ex.submit(action("blocker", "start", 5000)));
            for (int i = 0; i < 3; i++) {
                all.add(ex.submit(action("busy", "op" + i, 5000)));
            }
            all.add(ex.submit(action("quiet", "start", 5000)));
            release.countDown();
            for (CompletableFuture<ActionResult> f : all) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        // "quiet" waits for one action of "busy", not for all three
        assertEquals(List.of("busy:op0", "quiet:start", "busy:op1", "busy:op2"), order);
    }

    @Test
    void recurringMonitorReportsOnlyChangesAndStopCancelsIt() throws Exception {
        int[] answers = {0, 0, 0, 7, 7, 7};
        AtomicInteger calls = new AtomicInteger();
        ActionHandler monitor = a -> {
            if (a.action().equals("stop")) {
                return ok(0);
            }
            int i = calls.getAndIncrement();
            return ok(answers[Math.min(i, answers.length - 1)]);
        };
        List<ActionResult> heard = new ArrayList<>();
        CountDownLatch twoResults = new CountDownLatch(2);
        try (NodeExecutor ex = executor(monitor, 2)) {
            ExecutorAction mon = action("r1", "monitor", 1000).withInterval(Duration.ofMillis(30));
            ex.startRecurring(mon, (a, r) -> {
                synchronized (heard) {
                    heard.add(r);
                }
                twoResults.countDown();
            });
            assertTrue(twoResults.await(5, TimeUnit.SECONDS));
            while (calls.get() < answers.length) {
                Thread.sleep(20);
            }
            assertEquals(java.util.Set.of(mon.key()), ex.recurringKeys());
            assertTrue(ex.submit(action("r1", "stop", 1000)).get(5, TimeUnit.SECONDS).is(0));
            assertTrue(ex.recurringKeys().isEmpty());
            int callsAtStop = calls.get();
            Thread.sleep(150);
            assertEquals(callsAtStop, calls.get(), "no monitor runs after the stop");
        }
        synchronized (heard) {
            assertEquals(3, heard.size(), heard.toString());
            assertEquals(0, heard.get(0).rc());
            assertEquals(7, heard.get(1).rc());
            assertEquals(OpStatus.CANCELLED, heard.get(2).status());
        }
    }

    @Test
    void cancelOneMonitorLeavesTheOthers() throws Exception {
        ActionHandler monitor = a -> ok(0);
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        try (NodeExecutor ex = executor(monitor, 2)) {
            ExecutorAction m10 = action("r1", "monitor", 1000).withInterval(Duration.ofMillis(10_000));
            ExecutorAction m20 = action("r1", "monitor", 1000).withInterval(Duration.ofMillis(20_000));
            ex.startRecurring(m10, (a, r) -> counts.merge(a.key(), 1, Integer::sum));
            ex.startRecurring(m20, (a, r) -> counts.merge(a.key(), 1, Integer::sum));
            assertTrue(ex.cancel("r1", "monitor", Duration.ofMillis(10_000)));
            assertFalse(ex.cancel("r1", "monitor", Duration.ofMillis(10_000)));
            assertEquals(java.util.Set.of(m20.key()), ex.recurringKeys());
        }
    }

    @Test
    void missingHandlerAndThrowingHandlerGiveClearResults() throws Exception {
        ActionHandler boom = a -> {
            throw new IllegalStateException("kaput");
        };
        try (NodeExecutor ex = executor(boom, 1)) {
            ActionResult none = ex.submit(ExecutorAction.of("r", new AgentRef("nope", null, "x"), "start",
                    Duration.ofSeconds(1), Map.of())).get(5, TimeUnit.SECONDS);
            assertEquals(OpStatus.NOT_INSTALLED, none.status());
            assertTrue(none.exitReason().contains("'nope'"));
            ActionResult thrown = ex.submit(action("r", "start", 1000)).get(5, TimeUnit.SECONDS);
            assertEquals(OpStatus.ERROR, thrown.status());
            assertTrue(thrown.exitReason().contains("kaput"));
        }
    }

    @Test
    void agentRefParsesCrmNames() {
        assertEquals(new AgentRef("ocf", "heartbeat", "IPaddr2"), AgentRef.parse("ocf:heartbeat:IPaddr2"));
        assertEquals(new AgentRef("lsb", null, "ntp"), AgentRef.parse("lsb:ntp"));
        assertEquals("ocf:heartbeat:Dummy", AgentRef.parse("Dummy").toString());
    }
}
