package org.jcrm.engine.node;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.jcrm.engine.executor.HandlerResolver;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.node.dc.Controller;
import org.jcrm.engine.node.dc.QuorumLossStopper;
import org.jcrm.engine.store.replicated.CibDiskCopy;
import org.jcrm.engine.store.replicated.ReplicatedCibStore;

/**
 * The node daemon, {@code jcrmd}: joins the cluster described by a cluster file, tracks membership
 * and quorum (applying no-quorum-policy to its own resources when quorum is lost), keeps the replicated CIB in its state directory, runs the {@link Controller} (acting as
 * DC when elected) with an executor over the agent handlers it is given, and answers on its admin
 * socket. The engine knows no agents: the handlers are injected, by the shell module's {@code jcrmd}
 * entry point in a real node; this class's own {@link #main} runs a node with none (membership and
 * CIB only).
 * <pre>
 * java org.jcrm.engine.node.NodeDaemon --config CLUSTER_FILE --node NAME --dir STATE_DIR
 * </pre>
 * The state directory holds {@code jcrmd.pid}, {@code jcrmd.log}, {@code jcrmd.sock} and the CIB;
 * the key is read from {@value ClusterConfig#KEY_FILE_NAME} beside the cluster file.
 */
public final class NodeDaemon implements AutoCloseable {
    public static final String LOG_NAME = "jcrmd.log";
    static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a node told to stop waits for its resources to move away before it leaves anyway. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    /** The exit status of a daemon that fenced itself (no-quorum-policy=suicide). */
    public static final int SELF_FENCED_STATUS = 75;
    /** Actions one node runs at once. */
    static final int MAX_CONCURRENT_ACTIONS = 4;

    private final Path stateDir;
    private final JGroupsChannel channel;
    private final Quorum quorum;
    private final ReplicatedCibStore store;
    private final AdminServer admin;
    private final NodeExecutor executor;
    private final Controller controller;
    private final QuorumLossStopper quorumLoss;
    private final String clusterName;

    private NodeDaemon(ClusterConfig config, String node, Path clusterFile, Path stateDir, HandlerResolver handlers) {
        this.stateDir = stateDir;
        this.clusterName = config.name();
        ClusterKey key = ClusterKey.load(clusterFile.toAbsolutePath().resolveSibling(ClusterConfig.KEY_FILE_NAME));
        this.channel = JGroupsChannel.create(config, node, key, stateDir.resolve("jgroups.keystore"));
        this.quorum = Quorum.of(config);
        channel.addViewListener(members -> {
            log("view " + members);
            quorum.update(members);
        });
        quorum.addListener(q -> log("quorum " + q.describe()));
        ChannelMux mux = new ChannelMux(channel);
        this.store = new ReplicatedCibStore(mux.lane(0), quorum, new CibDiskCopy(stateDir), COMMIT_TIMEOUT);
        this.executor = new NodeExecutor(handlers, MAX_CONCURRENT_ACTIONS);
        this.controller = new Controller(mux.lane(1), quorum, store, executor, config.nodeNames(), NodeDaemon::log);
        this.quorumLoss = new QuorumLossStopper(node, quorum, store, executor, NodeDaemon::log, NodeDaemon::fenceSelf);
        this.admin = new AdminServer(stateDir, this::status, store);
        admin.register("isolate", this::isolate);
    }

    /** Starts a node without agent handlers: it takes part in membership and the CIB only. */
    public static NodeDaemon start(Path clusterFile, String node, Path stateDir) throws IOException {
        return start(clusterFile, node, stateDir, agent -> Optional.empty());
    }

    /** Starts a node: claims the pid file, joins the cluster, opens the admin socket and starts the controller. */
    public static NodeDaemon start(Path clusterFile, String node, Path stateDir, HandlerResolver handlers) throws IOException {
        Files.createDirectories(stateDir);
        PidFile.claim(stateDir);
        NodeDaemon daemon = new NodeDaemon(ClusterConfig.load(clusterFile), node, clusterFile, stateDir, handlers);
        daemon.channel.connect();
        daemon.admin.start();
        daemon.controller.start();
        log("node " + node + " started in " + stateDir);
        return daemon;
    }

    /** What this node sees now. */
    public NodeStatus status() {
        List<String> members = channel.members();
        String dc = controller.dc();
        return new NodeStatus(clusterName, channel.localName(), members, quorum.state(), store.version().toString(),
                dc == null ? "" : dc);
    }

    /**
     * Self-fencing: the process ends at once with status {@value #SELF_FENCED_STATUS}, skipping the clean
     * shutdown (which needs quorum), as a node powered off would; its resources were stopped first.
     */
    private static void fenceSelf() {
        log("fenced itself");
        Runtime.getRuntime().halt(SELF_FENCED_STATUS);
    }

    /** The test-only admin command {@code isolate on|off}: cuts this node off the network or rejoins it. */
    private String isolate(String argument) {
        boolean cut = switch (argument) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("isolate takes on or off, not '" + argument + "'");
        };
        channel.isolate(cut);
        log(cut ? "isolated: dropping all cluster traffic" : "isolation ended");
        return cut ? "isolated\n" : "connected\n";
    }

    /**
     * Stops the node as an admin's stop should: its resources move away or stop first (see
     * {@link CleanShutdown}), then it leaves the cluster and closes.
     */
    public void stop() throws IOException {
        new CleanShutdown(channel.localName(), quorum, store, NodeDaemon::log).drain(DRAIN_LIMIT);
        close();
    }

    @Override
    public void close() throws IOException {
        admin.close();
        quorumLoss.close();
        controller.close();
        executor.close();
        store.close();
        channel.close();
        PidFile.release(stateDir);
        log("node stopped");
    }

    public static void main(String[] args) throws Exception {
        run(args, agent -> Optional.empty());
    }

    /** Runs a node from its command line with {@code handlers} until the process is told to stop. */
    public static void run(String[] args, HandlerResolver handlers) throws Exception {
        Path config = null;
        Path dir = null;
        String node = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--config" -> config = Path.of(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--node" -> node = args[i + 1];
                default -> usage("unknown option " + args[i]);
            }
        }
        if (config == null || dir == null || node == null || args.length % 2 != 0) {
            usage("--config, --node and --dir are required");
        }
        Files.createDirectories(dir);
        PrintStream logStream = new PrintStream(new FileOutputStream(dir.resolve(LOG_NAME).toFile(), true), true);
        System.setOut(logStream);
        System.setErr(logStream);
        NodeDaemon daemon;
        try {
            daemon = start(config, node, dir, handlers);
        } catch (RuntimeException e) {
            log("cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                daemon.stop();
            } catch (IOException | RuntimeException e) {
                log("error while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }

    private static void usage(String problem) {
        System.err.println("jcrmd: " + problem);
        System.err.println("usage: NodeDaemon --config CLUSTER_FILE --node NAME --dir STATE_DIR");
        System.exit(64);
    }

    static void log(String message) {
        System.out.println(Instant.now() + " jcrmd: " + message);
    }
}
