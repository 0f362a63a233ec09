package org.jcrm.shell.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.node.AdminCibStore;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.LocalCluster;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.FileCibStore;
import org.jcrm.shell.cluster.LiveCluster;
import org.jcrm.shell.cluster.NodeMain;

/**
 * Decides which CIB the shell works on, in crmsh's order of precedence: the file named by
 * {@code CIB_file}; else the running cluster of {@code JCRM_CLUSTER_DIR} (default {@code ./.jcrm});
 * else, for the interactive shell only, the embedded default: a local 3-node cluster started (or
 * reused) in that directory. Non-interactive commands never start a cluster behind a script's back.
 */
final class CibChoice {
    static final int DEFAULT_NODES = 3;
    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);

    /** The CIB chosen, its name for the prompt, and a line telling the user what was done (or null). */
    record Choice(CibStore store, String name, String note) {
    }

    private CibChoice() {
    }

    /** The directory of the cluster commands work on: JCRM_CLUSTER_DIR, else the embedded default's. */
    static Path clusterDir(Map<String, String> env) {
        String dir = env.get(LiveCluster.DIR_VARIABLE);
        return Path.of(dir != null && !dir.isBlank() ? dir : LiveCluster.DEFAULT_DIR);
    }

    static Choice choose(Map<String, String> env, boolean startEmbedded) {
        String cibFile = env.get("CIB_file");
        if (cibFile != null && !cibFile.isEmpty()) {
            return new Choice(new FileCibStore(Path.of(cibFile)), "live", null);
        }
        Path dir = clusterDir(env);
        Optional<AdminCibStore> running = AdminCibStore.forClusterDir(dir);
        if (running.isPresent()) {
            return new Choice(running.get(), "live", null);
        }
        if (!startEmbedded) {
            throw new CliException(ExitCode.ERROR, "no cluster is running in " + dir + " (start one with 'jcrm' "
                    + "on a terminal or 'jcrm cluster local start --nodes 3 --dir " + dir + "'), and CIB_file is not set");
        }
        boolean existed = Files.exists(dir.resolve(ClusterConfig.FILE_NAME));
        LocalCluster cluster = new LocalCluster(dir, NodeMain.class.getName());
        int nodes = existed ? ClusterConfig.load(cluster.configFile()).nodes().size() : DEFAULT_NODES;
        try {
            cluster.start(nodes, FORM_TIMEOUT);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CliException(ExitCode.ERROR, "cannot start the local cluster in " + dir + ": " + e.getMessage(), e);
        }
        AdminCibStore store = AdminCibStore.forClusterDir(dir).orElseThrow(() -> new CliException(ExitCode.ERROR,
                "the local cluster in " + dir + " started but no node answers"));
        awaitMembershipRecorded(store, nodes);
        return new Choice(store, "live", "jcrm: no cluster was running here: " + (existed ? "restarted" : "started")
                + " a local " + nodes + "-node cluster on 127.0.0.1 in " + dir.toAbsolutePath()
                + " (stop it with 'jcrm cluster local stop --dir " + dir + "')");
    }

    /**
     * Waits (at most {@link #FORM_TIMEOUT}) until the DC of a cluster just started has written its
     * first membership into the CIB: the node entries and its own id. That write changes the
     * configuration, so a working copy read before it could not be committed (the CIB changed since
     * it was read) and a newcomer's first commit would be refused.
     */
    private static void awaitMembershipRecorded(AdminCibStore store, int nodes) {
        long deadline = System.nanoTime() + FORM_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Cib cib = store.current();
            if (cib.getDcUuid() != null && cib.getConfiguration() != null && cib.getConfiguration().getNodes() != null
                    && cib.getConfiguration().getNodes().nodes().size() >= nodes) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
