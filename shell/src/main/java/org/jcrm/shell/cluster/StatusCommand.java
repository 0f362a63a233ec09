package org.jcrm.shell.cluster;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcrm.engine.node.AdminClient;
import org.jcrm.engine.node.AdminException;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.NodeStatus;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code jcrm status --cluster DIR}: membership and quorum of a cluster whose nodes keep their state
 * in {@code DIR/NODE}, as the first node that answers on its admin socket sees them.
 */
public final class StatusCommand implements Command {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "membership and quorum of a running cluster (--cluster DIR)";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        Path dir = Path.of(options.required("--cluster"));
        Path file = dir.resolve(ClusterConfig.FILE_NAME);
        if (!Files.exists(file)) {
            throw new CliException(ExitCode.NO_INPUT, "no cluster file " + file);
        }
        ClusterConfig config;
        try {
            config = ClusterConfig.load(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage(), e);
        }
        for (String node : config.nodeNames()) {
            try {
                NodeStatus status = AdminClient.forStateDir(dir.resolve(node)).status();
                out.print(NodeListView.render(config.nodeNames(), status));
                return ExitCode.OK;
            } catch (AdminException e) {
                // This node is down; ask the next one.
            }
        }
        out.print("Node List:\n  * OFFLINE: [ " + String.join(" ", config.nodeNames()) + " ]\n");
        throw new CliException(ExitCode.ERROR, "no node of cluster " + config.name() + " is answering in " + dir);
    }
}
