package org.jcrm.engine.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jcrm.engine.executor.LaunchMechanism;

/**
 * A test cluster of N node processes on 127.0.0.1 under one directory: {@code DIR/cluster.conf},
 * {@code DIR/authkey}, and node K's state in {@code DIR/nodeK}. Nodes run as separate JVMs with the
 * current java and class path; nodes already running are reused. Each node process gets
 * {@code HA_VARRUN=DIR/NODE/run} (so agents keep their state per node; like {@code /run} it is
 * emptied when the node starts, as a boot would) and
 * {@code JCRM_CLUSTER_DIR=DIR} (which fence_jcrm reads). Where {@code setsid} is installed, each
 * node runs in a session of its own, detached from the terminal of whoever started it.
 */
public final class LocalCluster {
    static final String HOST = "127.0.0.1";
    // FD_SOCK2 listens at the transport port plus this offset; both must be free.
    private static final int FD_SOCK_OFFSET = 100;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path dir;
    private final String daemonMain;

    /** A cluster whose nodes run {@link NodeDaemon} itself (membership and CIB, no agents). */
    public LocalCluster(Path dir) {
        this(dir, NodeDaemon.class.getName());
    }

    /** A cluster whose nodes run the main class {@code daemonMain} (same arguments as NodeDaemon's). */
    public LocalCluster(Path dir, String daemonMain) {
        this.dir = dir.toAbsolutePath();
        this.daemonMain = daemonMain;
    }

    /** The cluster directory. */
    public Path dir() {
        return dir;
    }

    /** The cluster file. */
    public Path configFile() {
        return dir.resolve(ClusterConfig.FILE_NAME);
    }

    /** The state directory of a node. */
    public Path stateDir(String node) {
        return dir.resolve(node);
    }

    /**
     * The cluster file of this directory, created with {@code nodes} nodes on free loopback ports
     * (and a new key) when absent; an existing one must have that many nodes.
     */
    public ClusterConfig ensureConfig(int nodes) {
        Path keyFile = dir.resolve(ClusterConfig.KEY_FILE_NAME);
        if (!Files.exists(keyFile)) {
            ClusterKey.generate(keyFile);
        }
        if (Files.exists(configFile())) {
            ClusterConfig existing = ClusterConfig.load(configFile());
            if (existing.nodes().size() != nodes) {
                throw new IllegalArgumentException(configFile() + " describes " + existing.nodes().size()
                        + " nodes, not " + nodes);
            }
            return existing;
        }
        List<NodeAddress> list = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int k = 1; k <= nodes; k++) {
            list.add(new NodeAddress("node" + k, HOST, freePort(taken)));
        }
        ClusterConfig config = ClusterConfig.of("local", list);
        config.save(configFile());
        return config;
    }

    /** Starts the nodes that are not running and waits until all are in one view. */
    public void start(int nodes, Duration timeout) {
        ClusterConfig config = ensureConfig(nodes);
        List<Process> started = new ArrayList<>();
        for (String node : config.nodeNames()) {
            if (PidFile.running(stateDir(node)).isEmpty()) {
                started.add(launch(node));
            }
        }
        try {
            awaitView(config.nodeNames(), timeout);
        } catch (IllegalStateException e) {
            started.forEach(Process::destroy);
            throw e;
        }
    }

    /** Starts one node process (its output goes to its log) and returns it. */
    public Process launch(String node) {
        return launch(daemonMain, configFile(), node, stateDir(node));
    }

    /** Starts a {@link NodeDaemon} process for any cluster file. */
    public static Process launch(Path configFile, String node, Path stateDir) {
        return launch(NodeDaemon.class.getName(), configFile, node, stateDir);
    }

    private static Process launch(String mainClass, Path configFile, String node, Path stateDir) {
        try {
            Files.createDirectories(stateDir);
            Path run = stateDir.toAbsolutePath().resolve("run");
            deleteTree(run);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> argv = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                // A session of its own: a node is a daemon, not part of the shell that started it, so a
                // Ctrl-C typed there (sent to the shell's whole process group) or its terminal closing
                // does not stop the cluster. setsid execs the JVM in place: the pid stays the node's.
                argv.add(SETSID.toString());
            }
            argv.addAll(List.of(java, "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Djava.net.preferIPv4Stack=true"));
            argv.addAll(LaunchMechanism.jvmOptions());
            argv.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    mainClass, "--config", configFile.toAbsolutePath().toString(), "--node", node,
                    "--dir", stateDir.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(argv);
            builder.environment().put("HA_VARRUN", run.toString());
            builder.environment().put("JCRM_CLUSTER_DIR", configFile.toAbsolutePath().getParent().toString());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir.resolve("jcrmd.out").toFile()));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + node + ": " + e.getMessage(), e);
        }
    }

    /** Waits until every node in {@code nodes} answers with a view of exactly those nodes. */
    public void awaitView(List<String> nodes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no node answered";
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (String node : nodes) {
                try {
                    NodeStatus s = AdminClient.forStateDir(stateDir(node)).status();
                    if (!Set.copyOf(s.members()).equals(Set.copyOf(nodes))) {
                        all = false;
                        last = node + " sees " + s.members();
                    }
                } catch (AdminException e) {
                    all = false;
                    last = e.getMessage();
                }
            }
            if (all) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("nodes " + nodes + " did not form one view within " + timeout.toSeconds()
                + " s (" + last + "); see the jcrmd.log files in " + dir);
    }

    /**
     * Stops every node of this directory: SIGTERM, which each node answers by draining its resources
     * before it leaves, then SIGKILL for any still there after the drain limit. Returns how many ran.
     */
    public int stop() {
        List<ProcessHandle> running = new ArrayList<>();
        try (var entries = Files.list(dir)) {
            entries.filter(Files::isDirectory).map(PidFile::running).flatMap(Optional::stream).forEach(running::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        running.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : running) {
            try {
                p.onExit().get(NodeDaemon.DRAIN_LIMIT.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        return running.size();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20000, 40000);
            if (!taken.contains(port) && !taken.contains(port + FD_SOCK_OFFSET) && free(port) && free(port + FD_SOCK_OFFSET)) {
                taken.add(port);
                taken.add(port + FD_SOCK_OFFSET);
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
