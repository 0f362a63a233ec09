package org.jcrm.engine.node.dc;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.node.Quorum;
import org.jcrm.engine.node.QuorumState;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.actions.Action;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.store.CibStore;

/**
 * Applies {@code no-quorum-policy} on a node whose partition has just lost quorum. Such a partition
 * has no DC, so the node decides alone: it schedules its last CIB as if quorum were lost and runs,
 * on itself only, the stops that come out (none under {@code ignore} or {@code freeze}, every
 * resource under the default {@code stop}), after cancelling their monitors. Under {@code suicide} it
 * then fences itself: after the stops it calls the self-fence action its owner gives (the daemon ends
 * its process at once, as a power-off would). Nothing is recorded: the CIB cannot change without
 * quorum, and the quorate side fences this node anyway.
 */
public final class QuorumLossStopper implements AutoCloseable {
    private final String self;
    private final CibStore store;
    private final NodeExecutor executor;
    private final Consumer<String> log;
    private final Runnable selfFence;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quorum-loss");
        t.setDaemon(true);
        return t;
    });
    private boolean quorate;

    /**
     * Watches {@code quorum} from now on; {@code self} is this node's name, {@code selfFence} what
     * no-quorum-policy=suicide does once the local resources are stopped.
     */
    public QuorumLossStopper(String self, Quorum quorum, CibStore store, NodeExecutor executor, Consumer<String> log,
                             Runnable selfFence) {
        this.self = self;
        this.selfFence = selfFence;
        this.store = store;
        this.executor = executor;
        this.log = log;
        this.quorate = quorum.state().quorate();
        quorum.addListener(this::changed);
    }

    private synchronized void changed(QuorumState state) {
        boolean lost = quorate && !state.quorate();
        quorate = state.quorate();
        if (lost) {
            try {
                worker.execute(this::stopLocalResources);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void stopLocalResources() {
        try {
            Cib cib = CibXml.parse(CibXml.toXml(store.current()), "last CIB");
            cib.setHaveQuorum("0");
            List<Action> stops = Scheduler.schedule(cib, Instant.now()).actions().stream()
                    .filter(a -> a.kind() == Action.Kind.RESOURCE && a.task().equals("stop")
                            && a.node() != null && a.node().uname().equals(self))
                    .toList();
            ConfigLookup lookup = new ConfigLookup(StatusDocument.parse(CibXml.toXml(cib)));
            if (stops.isEmpty()) {
                log.accept("quorum lost: no-quorum-policy leaves local resources as they are");
            }
            for (Action a : stops) {
                stop(a, lookup);
            }
            if (lookup.clusterOption("no-quorum-policy", "stop").equals("suicide")) {
                log.accept("quorum lost: no-quorum-policy=suicide: " + self + " fences itself");
                selfFence.run();
            }
        } catch (RuntimeException e) {
            log.accept("quorum lost: stopping local resources failed: " + e);
        }
    }

    private void stop(Action a, ConfigLookup lookup) {
        Primitive p = a.primitive();
        String rsc = a.displayName();
        executor.cancelAll(rsc);
        Map<String, String> meta = new HashMap<>(lookup.meta(rsc));
        meta.put("operation", "stop");
        ExecutorAction action = new ExecutorAction(rsc, new AgentRef(p.standard(), p.provider(), p.agent()), "stop",
                Duration.ZERO, Duration.ofMillis(lookup.timeoutMs(rsc, "stop", 0)), p.params(), meta);
        try {
            ActionResult r = executor.submit(action).get();
            log.accept("quorum lost: stopped " + rsc + ": " + r.summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.accept("quorum lost: stop of " + rsc + " failed: " + e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
