package org.jcrm.engine.verify;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * What a rule may consult: the CIB document and the agent catalog, plus a place to run slow work that
 * needs no DOM access (schema validation of the text, agent meta-data) in the background, so that it
 * overlaps the other rules. The DOM itself is read on the verifying thread only: it is not thread-safe.
 * Close the context when the rules are done; background threads are daemons either way.
 */
public final class VerifyContext implements AutoCloseable {
    private final CibDocument cib;
    private final PrefetchingCatalog agents;
    private final Map<Object, CompletableFuture<?>> background = new ConcurrentHashMap<>();
    private ExecutorService executor;

    public VerifyContext(CibDocument cib, AgentCatalog agents) {
        this.cib = cib;
        this.agents = new PrefetchingCatalog(agents);
    }

    public CibDocument cib() {
        return cib;
    }

    /** The agent catalog; lookups started with {@link #prefetchAgent} are shared with later finds. */
    public AgentCatalog agents() {
        return agents;
    }

    /** Starts looking up an agent in the background (once per distinct agent); a later find waits for it. */
    public void prefetchAgent(String standard, String provider, String type) {
        agents.lookup(standard, provider, type);
    }

    /**
     * The result of {@code work} under {@code key}, started in the background the first time the key
     * is asked for; later calls with the same key share it. {@code work} must not touch the DOM.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> background(Object key, Supplier<T> work) {
        return (CompletableFuture<T>) background.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(work, executor()));
    }

    /**
     * True while the work started under {@code key} runs: the verifier checks a rule whose work (keyed by
     * the rule itself) is not done after the others rather than waiting for it.
     */
    public boolean running(Object key) {
        CompletableFuture<?> work = background.get(key);
        return work != null && !work.isDone();
    }

    /**
     * Waits for background work and returns its result; what it threw is rethrown as it was (not
     * wrapped), so a rule fails the same way whether its work ran in the background or not.
     */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            } else if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "jcrm-verify-background");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** The caller's catalog with each distinct agent looked up once, in the background, shared by all rules. */
    private final class PrefetchingCatalog implements AgentCatalog {
        private final AgentCatalog inner;

        PrefetchingCatalog(AgentCatalog inner) {
            this.inner = inner;
        }

        @Override
        public Optional<AgentSpec> find(String standard, String provider, String type) {
            return await(lookup(standard, provider, type));
        }

        CompletableFuture<Optional<AgentSpec>> lookup(String standard, String provider, String type) {
            return background(new AgentKey(standard, provider, type), () -> inner.find(standard, provider, type));
        }

        @Override
        public boolean available() {
            return inner.available();
        }
    }

    private record AgentKey(String standard, String provider, String type) {
    }
}
