package org.jcrm.engine.store.replicated;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;

/**
 * A proposal this node made and is waiting on: it succeeds once {@code needed} members (this one
 * included) have stored it, and fails at once if this node found it stale, since every member
 * decides the same way on the same totally ordered input.
 */
final class PendingCommit {
    private final String store;
    private final CibVersion base;
    private final int needed;
    private final CompletableFuture<CibVersion> result = new CompletableFuture<>();
    private int stored;

    PendingCommit(String store, CibVersion base, int needed) {
        this.store = store;
        this.base = base;
        this.needed = needed;
    }

    /** Records this node's own decision. */
    synchronized void local(CibMessage.Ack ack) {
        if (!ack.stored()) {
            result.completeExceptionally(new StaleCibException(store, base, ack.version()));
        } else {
            count(ack.version());
        }
    }

    /** Records another member's decision; a stale answer from a lagging member counts for nothing. */
    synchronized void remote(CibMessage.Ack ack) {
        if (ack.stored()) {
            count(ack.version());
        }
    }

    /** Gives up on the proposal: it can no longer be confirmed, for {@code reason}. */
    void fail(RuntimeException reason) {
        result.completeExceptionally(reason);
    }

    private void count(CibVersion version) {
        stored++;
        if (stored >= needed) {
            result.complete(version);
        }
    }

    /** The version stored by a majority, or the reason there is none. */
    CibVersion await(Duration timeout) {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            int seen;
            synchronized (this) {
                seen = stored;
            }
            throw new IllegalStateException("commit on " + base.nextEpoch() + " not confirmed: " + seen + " of the "
                    + needed + " members a majority needs stored it within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster to store the CIB", e);
        }
    }
}
