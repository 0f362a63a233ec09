package org.jcrm.shell.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Polls the Dummy state files of some resources on every node whose daemon is alive, every few
 * milliseconds on a thread of its own, and remembers each moment a resource was active on two live
 * nodes at once. A fenced (killed) node's leftover state file does not count: the node is down.
 */
final class ActiveOnceChecker implements AutoCloseable {
    private final TestCluster cluster;
    private final List<String> resources;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int polls;

    ActiveOnceChecker(TestCluster cluster, List<String> resources) {
        this.cluster = cluster;
        this.resources = List.copyOf(resources);
        this.thread = new Thread(this::loop, "active-once");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            List<String> live = cluster.nodes().stream().filter(cluster::running).toList();
            for (String rsc : resources) {
                List<String> on = cluster.stateFilesOn(rsc, live);
                // a node that died between the two looks is not a second active copy
                List<String> stillLive = on.stream().filter(cluster::running).toList();
                if (stillLive.size() > 1) {
                    violations.add(rsc + " active on " + stillLive + " at " + Instant.now());
                }
            }
            polls++;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every moment seen so far with a resource active on two live nodes. */
    List<String> violations() {
        return new ArrayList<>(violations);
    }

    int polls() {
        return polls;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
