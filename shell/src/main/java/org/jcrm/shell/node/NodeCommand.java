package org.jcrm.shell.node;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.cluster.ConfigEdits;
import org.jcrm.shell.cluster.LiveCluster;
import org.jcrm.shell.cluster.Options;

/**
 * {@code jcrm node}: node states and attributes on the running cluster, as crmsh's node level.
 * <pre>
 * jcrm node standby|online|maintenance|ready NODE [--cluster DIR]
 * jcrm node attribute NODE set NAME VALUE | delete NAME | show NAME      (permanent attributes)
 * jcrm node attribute --node NODE --name NAME [--lifetime reboot|forever] --update VALUE|--delete|--query
 * </pre>
 * {@code --lifetime reboot} works on the status section's transient attributes (gone when the node
 * leaves), as {@code crm_attribute} does; the agents call that form.
 */
public final class NodeCommand implements Command {

    @Override
    public String name() {
        return "node";
    }

    @Override
    public String summary() {
        return "standby, online, maintenance, ready and attributes of a node of the running cluster";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw usage("missing subcommand");
        }
        Options options = Options.parse(args.subList(1, args.size()));
        List<String> words = options.positional();
        switch (args.get(0)) {
            case "standby" -> permanent(options, words, "standby", "on");
            case "online" -> permanent(options, words, "standby", "off");
            case "maintenance" -> permanent(options, words, "maintenance", "on");
            case "ready" -> permanent(options, words, "maintenance", "off");
            case "attribute" -> {
                return words.isEmpty() ? attributeTool(options, out) : attribute(options, words, out);
            }
            default -> throw usage("unknown subcommand '" + args.get(0) + "'");
        }
        return ExitCode.OK;
    }

    private static void permanent(Options options, List<String> words, String name, String value) {
        if (words.size() != 1) {
            throw usage("expected one NODE");
        }
        LiveCluster cluster = LiveCluster.connect(options);
        cluster.requireNode(words.get(0));
        cluster.edit(doc -> ConfigEdits.nodeAttribute(doc.root(), words.get(0), name, value));
    }

    private static ExitCode attribute(Options options, List<String> words, PrintStream out) {
        if (words.size() < 3) {
            throw usage("attribute NODE set NAME VALUE | delete NAME | show NAME");
        }
        String node = words.get(0);
        String name = words.get(2);
        LiveCluster cluster = LiveCluster.connect(options);
        cluster.requireNode(node);
        switch (words.get(1)) {
            case "set" -> {
                if (words.size() != 4) {
                    throw usage("attribute NODE set NAME VALUE");
                }
                cluster.edit(doc -> ConfigEdits.nodeAttribute(doc.root(), node, name, words.get(3)));
            }
            case "delete" -> {
                cluster.edit(doc -> ConfigEdits.nodeAttribute(doc.root(), node, name, null));
                out.println("Deleted nodes attribute: id=nodes-" + node + "-" + name + " name=" + name);
            }
            case "show" -> {
                StatusDocument doc = cluster.read();
                Optional<String> v = ConfigEdits.nodeAttribute(doc.root(), node, name);
                if (v.isEmpty()) {
                    throw new CliException(ExitCode.ERROR, "attribute " + name + " of node " + node + " is not set");
                }
                out.println("scope=nodes  name=" + name + " value=" + v.get());
            }
            default -> throw usage("attribute takes set, delete or show, not '" + words.get(1) + "'");
        }
        return ExitCode.OK;
    }

    /** The crm_attribute-like form: --node N --name X [--lifetime L] --update V | --delete | --query. */
    private static ExitCode attributeTool(Options options, PrintStream out) {
        String node = options.required("--node");
        String name = options.required("--name");
        String lifetime = options.one("--lifetime").orElse("forever");
        boolean transientAttr = switch (lifetime) {
            case "reboot" -> true;
            case "forever" -> false;
            default -> throw usage("--lifetime takes reboot or forever, not '" + lifetime + "'");
        };
        LiveCluster cluster = LiveCluster.connect(options);
        cluster.requireNode(node);
        Optional<String> update = options.one("--update");
        if (update.isPresent() || options.flag("--delete")) {
            String value = update.orElse(null);
            cluster.edit(doc -> {
                if (transientAttr) {
                    doc.transientAttribute(node, name, value);
                } else {
                    ConfigEdits.nodeAttribute(doc.root(), node, name, value);
                }
            });
            return ExitCode.OK;
        }
        StatusDocument doc = cluster.read();
        Optional<String> v = transientAttr ? doc.transientAttribute(node, name) : ConfigEdits.nodeAttribute(doc.root(), node, name);
        if (v.isEmpty()) {
            throw new CliException(ExitCode.ERROR, "attribute " + name + " of node " + node + " is not set");
        }
        out.println("scope=" + (transientAttr ? "status" : "nodes") + "  name=" + name + " value=" + v.get());
        return ExitCode.OK;
    }

    private static CliException usage(String problem) {
        return new CliException(ExitCode.USAGE, problem
                + " (standby|online|maintenance|ready NODE, attribute NODE set|delete|show NAME [VALUE])");
    }
}
