package org.jcrm.engine.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;

/**
 * The live CIB of a running cluster, seen from outside through the nodes' admin sockets: reads and
 * commits go to the first node that answers, so the shell can edit a running cluster's CIB like any
 * other {@link CibStore}. A commit is replicated to the cluster before it returns. Subscribers are
 * told of new versions by a poller started at the first subscription.
 */
public final class AdminCibStore implements CibStore {
    static final long POLL_MILLIS = 1000;

    private final String clusterName;
    private final List<AdminClient> clients;
    private final List<Consumer<Cib>> listeners = new CopyOnWriteArrayList<>();
    private Thread poller;

    public AdminCibStore(String clusterName, List<AdminClient> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("cluster " + clusterName + " has no nodes to ask");
        }
        this.clusterName = clusterName;
        this.clients = List.copyOf(clients);
    }

    /**
     * The store of the cluster whose cluster file is {@code DIR/cluster.conf} and whose nodes keep
     * their state in {@code DIR/NODE} (a local cluster), or empty when no node there answers.
     */
    public static Optional<AdminCibStore> forClusterDir(Path dir) {
        Path file = dir.resolve(ClusterConfig.FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ClusterConfig config = ClusterConfig.load(file);
        AdminCibStore store = new AdminCibStore(config.name(),
                config.nodeNames().stream().map(n -> AdminClient.forStateDir(dir.resolve(n))).toList());
        return store.running() ? Optional.of(store) : Optional.empty();
    }

    /** Whether some node answers. */
    public boolean running() {
        try {
            status();
            return true;
        } catch (AdminException e) {
            return false;
        }
    }

    /** The status of the first node that answers. */
    public NodeStatus status() {
        return ask(AdminClient::status);
    }

    @Override
    public Cib current() {
        return ask(AdminClient::cib);
    }

    @Override
    public CibVersion commit(CibVersion base, Cib updated) {
        base.applyTo(updated);
        return ask(c -> c.commit(updated));
    }

    @Override
    public synchronized void subscribe(Consumer<Cib> listener) {
        listeners.add(listener);
        if (poller == null) {
            poller = new Thread(this::poll, "cib-poller");
            poller.setDaemon(true);
            poller.start();
        }
    }

    @Override
    public String name() {
        return "live CIB of cluster " + clusterName;
    }

    private void poll() {
        String seen = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                NodeStatus s = status();
                if (!s.cibVersion().equals(seen)) {
                    boolean first = seen == null;
                    seen = s.cibVersion();
                    if (!first) {
                        Cib cib = current();
                        listeners.forEach(l -> l.accept(cib));
                    }
                }
            } catch (AdminException e) {
                seen = null;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs a request on the first node that answers; a refusal (AdminException from a live node) is final. */
    private <T> T ask(Function<AdminClient, T> request) {
        AdminException last = null;
        for (AdminClient c : clients) {
            try {
                return request.apply(c);
            } catch (AdminException e) {
                if (!e.getMessage().contains("is not answering")) {
                    throw e;
                }
                last = e;
            }
        }
        throw new AdminException("no node of cluster " + clusterName + " is answering (" + last.getMessage() + ")");
    }
}
