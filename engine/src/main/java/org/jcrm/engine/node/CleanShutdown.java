package org.jcrm.engine.node;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.engine.node.dc.StatusWriter;
import org.jcrm.engine.store.CibStore;

/**
 * Leaves the cluster the way an admin stopping a node expects: the node marks itself as shutting down
 * (its {@code shutdown} transient attribute), the DC moves or stops its resources, and only when
 * nothing runs on it any more does it leave the view, so the others see a clean departure and do not
 * fence it. Without quorum no commit is possible and nobody could act on the request, so the node
 * leaves at once; when the resources do not drain within the limit it leaves anyway and says so.
 */
final class CleanShutdown {
    private static final long POLL_MS = 200;

    private final String node;
    private final Quorum quorum;
    private final CibStore store;
    private final Consumer<String> log;

    CleanShutdown(String node, Quorum quorum, CibStore store, Consumer<String> log) {
        this.node = node;
        this.quorum = quorum;
        this.store = store;
        this.log = log;
    }

    /** Asks the DC to drain this node and waits at most {@code limit}; true when nothing runs here. */
    boolean drain(Duration limit) {
        if (!quorum.state().quorate()) {
            log.accept("shutting down without quorum: leaving at once");
            return false;
        }
        String stamp = Long.toString(Instant.now().getEpochSecond());
        try {
            new StatusWriter(store).apply(doc -> doc.transientAttribute(node, "shutdown", stamp));
        } catch (RuntimeException e) {
            log.accept("cannot ask for a clean shutdown (" + e.getMessage() + "): leaving at once");
            return false;
        }
        log.accept("shutting down: waiting for the resources on " + node + " to move or stop");
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!StatusDocument.parse(CibXml.toXml(store.current())).hasActiveResources(node)) {
                log.accept("shutting down: no resource is active on " + node);
                return true;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        log.accept("shutting down: resources still active on " + node + " after " + limit.toSeconds() + " s: leaving anyway");
        return false;
    }
}
