package org.jcrm.engine.node;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jcrm.engine.store.replicated.CibDiskCopy;
import org.jcrm.engine.store.replicated.ReplicatedCibStore;

/**
 * The node daemon, {@code jcrmd}: joins the cluster described by a cluster file, tracks membership
 * and quorum, keeps the replicated CIB in its state directory and answers on its admin socket.
 * <pre>
 * java org.jcrm.engine.node.NodeDaemon --config CLUSTER_FILE --node NAME --dir STATE_DIR
 * </pre>
 * The state directory holds {@code jcrmd.pid}, {@code jcrmd.log}, {@code jcrmd.sock} and the CIB;
 * the key is read from {@value ClusterConfig#KEY_FILE_NAME} beside the cluster file.
 */
public final class NodeDaemon implements AutoCloseable {
    public static final String LOG_NAME = "jcrmd.log";
    static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

    private final Path stateDir;
    private final JGroupsChannel channel;
    private final Quorum quorum;
    private final ReplicatedCibStore store;
    private final AdminServer admin;
    private final String clusterName;

    private NodeDaemon(ClusterConfig config, String node, Path clusterFile, Path stateDir) {
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
        this.store = new ReplicatedCibStore(channel, quorum, new CibDiskCopy(stateDir), COMMIT_TIMEOUT);
        store.subscribe(cib -> log("CIB now " + cib.getAdminEpoch() + "." + cib.getEpoch() + "." + cib.getNumUpdates()));
        this.admin = new AdminServer(stateDir, this::status, store);
    }

    /** Starts a node: claims the pid file, joins the cluster and opens the admin socket. */
    public static NodeDaemon start(Path clusterFile, String node, Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        PidFile.claim(stateDir);
        NodeDaemon daemon = new NodeDaemon(ClusterConfig.load(clusterFile), node, clusterFile, stateDir);
        daemon.channel.connect();
        daemon.admin.start();
        log("node " + node + " started in " + stateDir);
        return daemon;
    }

    /** What this node sees now. */
    public NodeStatus status() {
        List<String> members = channel.members();
        return new NodeStatus(clusterName, channel.localName(), members, quorum.state(), store.version().toString());
    }

    @Override
    public void close() throws IOException {
        admin.close();
        store.close();
        channel.close();
        PidFile.release(stateDir);
        log("node stopped");
    }

    public static void main(String[] args) throws Exception {
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
            daemon = start(config, node, dir);
        } catch (RuntimeException e) {
            log("cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                daemon.close();
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

    private static void log(String message) {
        System.out.println(Instant.now() + " jcrmd: " + message);
    }
}
