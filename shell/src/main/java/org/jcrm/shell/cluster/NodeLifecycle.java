package org.jcrm.shell.cluster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.LocalCluster;
import org.jcrm.engine.node.PidFile;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * Starts and cleanly stops the nodes of a cluster directory. Stopping marks the nodes as shutting
 * down in the status section, waits until the DC has moved their resources away (or stopped them,
 * when the whole cluster stops), then ends their daemons.
 */
final class NodeLifecycle {
    static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final ClusterConfig config;
    private final List<String> nodes;
    private final Options options;

    NodeLifecycle(Options options) {
        this.options = options;
        this.dir = LiveCluster.directory(options);
        this.config = LiveCluster.config(dir);
        List<String> named = options.positional();
        for (String n : named) {
            if (!config.nodeNames().contains(n)) {
                throw new CliException(ExitCode.USAGE, "unknown node '" + n + "' (nodes: " + String.join(", ", config.nodeNames()) + ")");
            }
        }
        this.nodes = named.isEmpty() || options.flag("--all") ? config.nodeNames() : named;
    }

    void start(PrintStream out) {
        LocalCluster cluster = new LocalCluster(dir, NodeMain.class.getName());
        List<String> toStart = nodes.stream().filter(n -> PidFile.running(cluster.stateDir(n)).isEmpty()).toList();
        List<String> expected = config.nodeNames().stream()
                .filter(n -> toStart.contains(n) || PidFile.running(cluster.stateDir(n)).isPresent()).toList();
        toStart.forEach(cluster::launch);
        try {
            cluster.awaitView(expected, FORM_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage(), e);
        }
        out.println("started " + toStart.size() + " node(s); " + String.join(" ", expected) + " in one view");
    }

    void stop(PrintStream out) {
        LocalCluster cluster = new LocalCluster(dir);
        boolean whole = nodes.size() == config.nodeNames().size();
        try {
            LiveCluster live = LiveCluster.connect(options);
            String stamp = Long.toString(Instant.now().getEpochSecond());
            live.edit(doc -> nodes.forEach(n -> doc.transientAttribute(n, "shutdown", stamp)));
            drain(live);
        } catch (CliException e) {
            if (!whole) {
                throw e;
            }
            // stopping everything: nobody is left to fence, so stop even when resources could not be
            out.println("warning: " + e.getMessage() + "; stopping the nodes anyway");
        }
        int stopped = 0;
        for (String n : nodes) {
            Optional<ProcessHandle> p = PidFile.running(cluster.stateDir(n));
            if (p.isPresent()) {
                p.get().destroy();
                awaitExit(p.get());
                stopped++;
            }
        }
        out.println("stopped " + stopped + " node(s)");
    }

    private void drain(LiveCluster live) {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (true) {
            StatusDocument doc = live.read();
            List<String> busy = nodes.stream().filter(doc::hasActiveResources).toList();
            if (busy.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new CliException(ExitCode.ERROR, "resources still run on " + busy + " after "
                        + DRAIN_TIMEOUT.toSeconds() + " s; not stopping (see 'jcrm status')");
            }
            sleep();
        }
    }

    private static void awaitExit(ProcessHandle p) {
        try {
            p.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.ERROR, "interrupted", e);
        }
    }
}
