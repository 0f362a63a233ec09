package org.jcrm.shell.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.AdminCibStore;
import org.jcrm.engine.node.AdminException;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.engine.node.dc.StatusWriter;
import org.jcrm.engine.store.StaleCibException;
import org.jcrm.engine.store.replicated.NoQuorumException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The running cluster an admin command works on: the local cluster in {@code --cluster DIR}, else the
 * one in {@code $JCRM_CLUSTER_DIR} (set for the agents a node runs), else the embedded one in
 * {@value #DEFAULT_DIR}. Edits go to the live CIB through
 * {@link AdminCibStore}, re-applied when someone else committed first.
 */
public final class LiveCluster {
    /** The embedded cluster's directory, relative to the working directory. */
    public static final String DEFAULT_DIR = ".jcrm";

    private final Path dir;
    private final ClusterConfig config;
    private final AdminCibStore store;

    private LiveCluster(Path dir, ClusterConfig config, AdminCibStore store) {
        this.dir = dir;
        this.config = config;
        this.store = store;
    }

    /** The environment variable a local cluster's node sets for its agents (and their jcrm calls). */
    public static final String DIR_VARIABLE = "JCRM_CLUSTER_DIR";

    /** The cluster directory: {@code --cluster}, else {@value #DIR_VARIABLE}, else {@value #DEFAULT_DIR}. */
    public static Path directory(Options options) {
        String env = System.getenv(DIR_VARIABLE);
        return Path.of(options.one("--cluster").orElse(env != null && !env.isBlank() ? env : DEFAULT_DIR));
    }

    /** The cluster file of a directory, read; a usage error when there is none. */
    public static ClusterConfig config(Path dir) {
        Path file = dir.resolve(ClusterConfig.FILE_NAME);
        if (!Files.exists(file)) {
            throw new CliException(ExitCode.NO_INPUT, "no cluster in " + dir + " (no " + file
                    + "; give --cluster DIR or start one with 'jcrm cluster local start')");
        }
        try {
            return ClusterConfig.load(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage(), e);
        }
    }

    /** The running cluster of {@code --cluster DIR} (or the default); an error when no node answers. */
    public static LiveCluster connect(Options options) {
        Path dir = directory(options);
        ClusterConfig config = config(dir);
        return AdminCibStore.forClusterDir(dir).map(s -> new LiveCluster(dir, config, s))
                .orElseThrow(() -> new CliException(ExitCode.ERROR, "no node of cluster " + config.name()
                        + " is answering in " + dir + " (start it with 'jcrm cluster start --cluster " + dir + "')"));
    }

    public Path dir() {
        return dir;
    }

    public ClusterConfig config() {
        return config;
    }

    /** The live CIB store; other shells (configure) commit through it. */
    public AdminCibStore store() {
        return store;
    }

    /** The live CIB as a DOM tree, for reading. */
    public StatusDocument read() {
        try {
            return StatusDocument.parse(CibXml.toXml(store.current()));
        } catch (AdminException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage(), e);
        }
    }

    /** Applies {@code edit} to the live CIB and commits it, retrying on concurrent commits. */
    public void edit(Consumer<StatusDocument> edit) {
        try {
            StatusWriter.keepingAttributeOrder(store).apply(edit);
        } catch (NoQuorumException | StaleCibException | AdminException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage(), e);
        }
    }

    /** Fails with a usage error unless {@code node} is a configured node. */
    public void requireNode(String node) {
        if (!config.nodeNames().contains(node)) {
            throw new CliException(ExitCode.USAGE, "unknown node '" + node + "' (nodes: "
                    + String.join(", ", config.nodeNames()) + ")");
        }
    }
}
