package org.jcrm.shell.cluster;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.ClusterKey;
import org.jcrm.engine.node.LocalCluster;
import org.jcrm.engine.node.NodeAddress;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code jcrm cluster}: describes a cluster and runs a local one.
 * <pre>
 * jcrm cluster init --name NAME --node NAME=HOST:PORT... [--token MS] [--dir CONF_DIR]
 * jcrm cluster keygen [--dir CONF_DIR] [--force]
 * jcrm cluster local start --nodes N --dir DIR
 * jcrm cluster local stop --dir DIR
 * jcrm cluster start [NODE...|--all] [--cluster DIR]
 * jcrm cluster stop [NODE...|--all] [--cluster DIR]
 * </pre>
 * CONF_DIR defaults to {@value #DEFAULT_CONF_DIR}. {@code start} and {@code stop} work on the nodes of
 * a cluster directory (see {@link LiveCluster}); without nodes they mean all. {@code stop} is clean:
 * it asks the DC to move the node's resources away (the {@code shutdown} attribute), waits until
 * nothing runs there, and only then ends the node's daemon, so the node is not fenced.
 */
public final class ClusterCommand implements Command {
    static final String DEFAULT_CONF_DIR = "/etc/jcrm";
    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String summary() {
        return "describe the cluster (init, keygen), run nodes on this host (local start|stop), start|stop nodes";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw usage("missing subcommand");
        }
        Options options = Options.parse(args.subList(1, args.size()));
        switch (args.get(0)) {
            case "init" -> init(options, out);
            case "keygen" -> keygen(options, out);
            case "local" -> local(options, out);
            case "start" -> new NodeLifecycle(options).start(out);
            case "stop" -> new NodeLifecycle(options).stop(out);
            default -> throw usage("unknown subcommand '" + args.get(0) + "'");
        }
        return ExitCode.OK;
    }

    private static void init(Options options, PrintStream out) {
        String name = options.required("--name");
        List<NodeAddress> nodes = new ArrayList<>();
        for (String spec : options.all("--node")) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw usage("--node takes NAME=HOST:PORT, got '" + spec + "'");
            }
            nodes.add(parseNode(spec.substring(0, eq), spec.substring(eq + 1)));
        }
        if (nodes.isEmpty()) {
            throw usage("init needs at least one --node NAME=HOST:PORT");
        }
        ClusterConfig config;
        try {
            ClusterConfig defaults = ClusterConfig.of(name, nodes);
            long token = options.one("--token").map(ClusterCommand::millis).orElse(defaults.tokenMillis());
            config = new ClusterConfig(name, nodes, token, defaults.twoNode(), defaults.waitForAll());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
        Path file = confDir(options).resolve(ClusterConfig.FILE_NAME);
        config.save(file);
        out.println("wrote " + file + " (" + nodes.size() + " nodes, quorum " + config.quorumPolicy().quorumVotes()
                + " votes" + (config.twoNode() ? ", two_node with wait_for_all" : "") + ")");
    }

    private static void keygen(Options options, PrintStream out) {
        Path file = confDir(options).resolve(ClusterConfig.KEY_FILE_NAME);
        if (Files.exists(file) && !options.flag("--force")) {
            throw new CliException(ExitCode.ERROR, file + " exists; --force replaces it (every node then needs the new key)");
        }
        ClusterKey.generate(file);
        out.println("wrote " + ClusterKey.LENGTH + "-byte key to " + file + " (mode 0600); copy it to every node");
    }

    private static void local(Options options, PrintStream out) {
        List<String> words = options.positional();
        if (words.size() != 1) {
            throw usage("local takes start or stop");
        }
        LocalCluster cluster = new LocalCluster(Path.of(options.required("--dir")), NodeMain.class.getName());
        switch (words.get(0)) {
            case "start" -> {
                int nodes = (int) millis(options.required("--nodes"));
                if (nodes < 1) {
                    throw usage("--nodes must be at least 1");
                }
                try {
                    cluster.start(nodes, FORM_TIMEOUT);
                } catch (IllegalArgumentException e) {
                    throw new CliException(ExitCode.USAGE, e.getMessage(), e);
                } catch (IllegalStateException e) {
                    throw new CliException(ExitCode.ERROR, e.getMessage(), e);
                }
                out.println(nodes + " nodes running in one view under " + cluster.configFile().getParent());
            }
            case "stop" -> out.println("stopped " + cluster.stop() + " nodes");
            default -> throw usage("local takes start or stop, not '" + words.get(0) + "'");
        }
    }

    private static NodeAddress parseNode(String name, String hostPort) {
        try {
            return NodeAddress.parse(name, hostPort);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    private static long millis(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw usage("expected a number, got '" + number + "'");
        }
    }

    private static Path confDir(Options options) {
        return Path.of(options.one("--dir").orElse(DEFAULT_CONF_DIR));
    }

    private static CliException usage(String problem) {
        return new CliException(ExitCode.USAGE, problem + " (init, keygen, local start|stop, start|stop [NODE...|--all])");
    }
}
