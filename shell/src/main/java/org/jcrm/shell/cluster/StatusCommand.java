package org.jcrm.shell.cluster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.node.AdminClient;
import org.jcrm.engine.node.AdminException;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.NodeStatus;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code jcrm status [--cluster DIR] [--watch]}: the running cluster in crm_mon's one-shot layout, as
 * the first node that answers on its admin socket sees it; {@code --watch} redraws it every
 * {@value #WATCH_MILLIS} ms until interrupted.
 */
public final class StatusCommand implements Command {
    static final long WATCH_MILLIS = 2000;

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "the running cluster as crm_mon shows it: summary, nodes, resources, failures (--cluster DIR, --watch)";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        Path dir = LiveCluster.directory(options);
        ClusterConfig config = LiveCluster.config(dir);
        if (!options.flag("--watch")) {
            out.print(snapshot(dir, config));
            return ExitCode.OK;
        }
        while (!Thread.currentThread().isInterrupted()) {
            String text;
            try {
                text = snapshot(dir, config);
            } catch (CliException e) {
                text = e.getMessage() + "\n";
            }
            out.print("\033[H\033[2J" + text);
            out.flush();
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCode.OK;
    }

    private static String snapshot(Path dir, ClusterConfig config) {
        for (String node : config.nodeNames()) {
            AdminClient client = AdminClient.forStateDir(dir.resolve(node));
            try {
                NodeStatus status = client.status();
                Cib cib = client.cib();
                return ClusterStatusView.render(config, status, cib, Instant.now());
            } catch (AdminException e) {
                // This node is down; ask the next one.
            }
        }
        throw new CliException(ExitCode.ERROR, "no node of cluster " + config.name() + " is answering in " + dir
                + "\nNode List:\n  * OFFLINE: [ " + String.join(" ", config.nodeNames()) + " ]");
    }
}
