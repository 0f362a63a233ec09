package org.jcrm.engine.node;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The cluster description every node shares, like corosync's nodelist and totem settings. It is a
 * Java properties file ({@value #FILE_NAME} in the configuration directory):
 * <pre>
 * cluster.name=web
 * node.1=node1 127.0.0.1:7801      # node.K=NAME HOST:PORT, K gives the order
 * token.ms=2000                   # silence after which a frozen member is suspected
 * quorum.two_node=false           # votequorum's two_node (defaults to true for two nodes)
 * quorum.wait_for_all=false       # votequorum's wait_for_all (defaults to two_node)
 * </pre>
 * The shared key lives beside it in {@value #KEY_FILE_NAME}.
 */
public record ClusterConfig(String name, List<NodeAddress> nodes, long tokenMillis, boolean twoNode,
        boolean waitForAll) {
    public static final String FILE_NAME = "cluster.conf";
    public static final String KEY_FILE_NAME = "authkey";
    public static final long DEFAULT_TOKEN_MILLIS = 2000;

    public ClusterConfig {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("cluster " + name + " has no nodes");
        }
        if (nodes.stream().map(NodeAddress::name).distinct().count() != nodes.size()) {
            throw new IllegalArgumentException("cluster " + name + " names a node twice");
        }
        if (twoNode && nodes.size() != 2) {
            throw new IllegalArgumentException("two_node needs exactly 2 nodes, cluster " + name + " has " + nodes.size());
        }
    }

    /** A cluster with the default token and votequorum's defaults for its size. */
    public static ClusterConfig of(String name, List<NodeAddress> nodes) {
        boolean two = nodes.size() == 2;
        return new ClusterConfig(name, nodes, DEFAULT_TOKEN_MILLIS, two, two);
    }

    /** The node with this name. */
    public Optional<NodeAddress> node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
    }

    /** The node names in configured order. */
    public List<String> nodeNames() {
        return nodes.stream().map(NodeAddress::name).toList();
    }

    /** The votequorum rules this node list implies: one vote per node. */
    public QuorumPolicy quorumPolicy() {
        return new QuorumPolicy(nodes.size(), twoNode, waitForAll);
    }

    /** Reads a cluster file; errors name the file and the offending key. */
    public static ClusterConfig load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cluster file " + file + ": " + e.getMessage(), e);
        }
        try {
            String name = required(p, "cluster.name");
            TreeMap<Integer, NodeAddress> ordered = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("node.")) {
                    continue;
                }
                int index = Integer.parseInt(key.substring(5));
                String[] parts = p.getProperty(key).trim().split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(key + ": expected 'NAME HOST:PORT'");
                }
                ordered.put(index, NodeAddress.parse(parts[0], parts[1]));
            }
            List<NodeAddress> nodes = new ArrayList<>(ordered.values());
            long token = Long.parseLong(p.getProperty("token.ms", Long.toString(DEFAULT_TOKEN_MILLIS)).trim());
            boolean two = Boolean.parseBoolean(p.getProperty("quorum.two_node", Boolean.toString(nodes.size() == 2)).trim());
            boolean wfa = Boolean.parseBoolean(p.getProperty("quorum.wait_for_all", Boolean.toString(two)).trim());
            return new ClusterConfig(name, nodes, token, two, wfa);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes this description as a cluster file (replacing it atomically). */
    public void save(Path file) {
        StringBuilder text = new StringBuilder("# jcrm cluster description\n");
        text.append("cluster.name=").append(name).append('\n');
        for (int i = 0; i < nodes.size(); i++) {
            text.append("node.").append(i + 1).append('=').append(nodes.get(i).name()).append(' ')
                    .append(nodes.get(i).hostPort()).append('\n');
        }
        text.append("token.ms=").append(tokenMillis).append('\n');
        text.append("quorum.two_node=").append(twoNode).append('\n');
        text.append("quorum.wait_for_all=").append(waitForAll).append('\n');
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value.trim();
    }
}
