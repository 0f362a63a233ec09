package org.jcrm.shell.resource;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.cluster.ConfigEdits;
import org.jcrm.shell.cluster.LiveCluster;
import org.jcrm.shell.cluster.Options;

/**
 * {@code jcrm resource}: resource control on the running cluster with crmsh's meanings.
 * <pre>
 * jcrm resource start|stop|restart RSC       target-role meta attribute (restart waits for the stop)
 * jcrm resource move RSC [NODE]              cli-prefer-RSC location (INFINITY on NODE), or without
 *                                            NODE cli-ban-RSC-on-CURRENT (-INFINITY where it runs)
 * jcrm resource clear RSC                    removes those constraints
 * jcrm resource cleanup RSC [NODE]           forgets the history and fail counts (the DC reprobes)
 * jcrm resource locate RSC                   where it runs
 * jcrm resource failcount RSC show|delete NODE | set NODE VALUE
 * </pre>
 * All take {@code --cluster DIR}.
 */
public final class ResourceCommand implements Command {
    static final long RESTART_WAIT_MILLIS = 60_000;

    @Override
    public String name() {
        return "resource";
    }

    @Override
    public String summary() {
        return "start, stop, restart, move, clear, cleanup, locate and failcount of a resource";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw usage("missing subcommand");
        }
        Options options = Options.parse(args.subList(1, args.size()));
        List<String> words = options.positional();
        if (words.isEmpty()) {
            throw usage(args.get(0) + " needs a resource");
        }
        String rsc = words.get(0);
        LiveCluster cluster = LiveCluster.connect(options);
        requireResource(cluster, rsc);
        switch (args.get(0)) {
            case "start" -> targetRole(cluster, rsc, "Started", out);
            case "stop" -> targetRole(cluster, rsc, "Stopped", out);
            case "restart" -> restart(cluster, rsc, out);
            case "move", "migrate" -> move(cluster, rsc, words.size() > 1 ? words.get(1) : null, out);
            case "clear", "unmove", "unmigrate" -> clear(cluster, rsc, out);
            case "cleanup" -> cleanup(cluster, rsc, words.size() > 1 ? words.get(1) : null, out);
            case "locate" -> {
                List<String> nodes = runningOn(cluster.store().current(), rsc);
                out.println(nodes.isEmpty() ? "resource " + rsc + " is NOT running"
                        : "resource " + rsc + " is running on: " + String.join(" ", nodes));
            }
            case "failcount" -> failcount(cluster, rsc, words.subList(1, words.size()), out);
            default -> throw usage("unknown subcommand '" + args.get(0) + "'");
        }
        return ExitCode.OK;
    }

    private static void targetRole(LiveCluster cluster, String rsc, String role, PrintStream out) {
        cluster.edit(doc -> ConfigEdits.resourceMeta(doc.root(), rsc, "target-role", role));
        out.println("INFO: ordering " + rsc + " to " + (role.equals("Started") ? "start" : "stop"));
    }

    private static void restart(LiveCluster cluster, String rsc, PrintStream out) {
        targetRole(cluster, rsc, "Stopped", out);
        long deadline = System.currentTimeMillis() + RESTART_WAIT_MILLIS;
        while (!runningOn(cluster.store().current(), rsc).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new CliException(ExitCode.ERROR, rsc + " did not stop within " + RESTART_WAIT_MILLIS / 1000
                        + " s; it stays ordered to stop");
            }
            sleep(200);
        }
        targetRole(cluster, rsc, "Started", out);
    }

    private static void move(LiveCluster cluster, String rsc, String node, PrintStream out) {
        if (node != null) {
            cluster.requireNode(node);
            cluster.edit(doc -> ConfigEdits.location(doc.root(), "cli-prefer-" + rsc, rsc, node, "INFINITY"));
            out.println("INFO: Move constraint created for " + rsc + " to " + node);
            return;
        }
        List<String> where = runningOn(cluster.store().current(), rsc);
        if (where.size() != 1) {
            throw new CliException(ExitCode.ERROR, "resource " + rsc + " is " + (where.isEmpty() ? "not running"
                    : "running on " + where.size() + " nodes") + ": give the node to move it to");
        }
        String current = where.get(0);
        cluster.edit(doc -> ConfigEdits.location(doc.root(), "cli-ban-" + rsc + "-on-" + current, rsc, current, "-INFINITY"));
        out.println("INFO: Move constraint created for " + rsc + " (banned from " + current + ")");
    }

    private static void clear(LiveCluster cluster, String rsc, PrintStream out) {
        cluster.edit(doc -> {
            List<String> ids = new ArrayList<>(ConfigEdits.constraintIds(doc.root(), "cli-prefer-" + rsc));
            ids.addAll(ConfigEdits.constraintIds(doc.root(), "cli-ban-" + rsc + "-on-"));
            ids.stream().filter(id -> id.equals("cli-prefer-" + rsc) || id.startsWith("cli-ban-" + rsc + "-on-"))
                    .forEach(id -> ConfigEdits.removeConstraint(doc.root(), id));
        });
        out.println("INFO: Removed migration constraints for " + rsc);
    }

    private static void cleanup(LiveCluster cluster, String rsc, String node, PrintStream out) {
        List<String> nodes = node == null ? cluster.config().nodeNames() : List.of(node);
        if (node != null) {
            cluster.requireNode(node);
        }
        cluster.edit(doc -> nodes.forEach(n -> forget(doc, n, rsc)));
        for (String n : nodes) {
            out.println("Cleaned up " + rsc + " on " + n);
        }
    }

    /** Drops a resource's history and fail counts on one node (its instances too). */
    private static void forget(StatusDocument doc, String node, String rsc) {
        for (var r : doc.lrmResources(node)) {
            String id = r.getAttribute("id");
            if (id.equals(rsc) || id.startsWith(rsc + ":")) {
                r.getParentNode().removeChild(r);
            }
        }
        for (String attr : doc.transientAttributeNames(node)) {
            if (attr.startsWith("fail-count-" + rsc + "#") || attr.startsWith("last-failure-" + rsc + "#")
                    || attr.equals("fail-count-" + rsc) || attr.equals("last-failure-" + rsc)) {
                doc.transientAttribute(node, attr, null);
            }
        }
    }

    private static void failcount(LiveCluster cluster, String rsc, List<String> words, PrintStream out) {
        if (words.size() < 2) {
            throw usage("failcount RSC show|delete NODE | set NODE VALUE");
        }
        String node = words.get(1);
        cluster.requireNode(node);
        switch (words.get(0)) {
            case "show" -> {
                StatusDocument doc = cluster.read();
                out.println("scope=status  name=fail-count-" + rsc + " value=" + total(doc, node, rsc));
            }
            case "delete" -> cluster.edit(doc -> forget(doc, node, rsc));
            case "set" -> {
                if (words.size() != 3) {
                    throw usage("failcount RSC set NODE VALUE");
                }
                String value = words.get(2);
                cluster.edit(doc -> {
                    doc.transientAttributeNames(node).stream().filter(a -> a.startsWith("fail-count-" + rsc + "#"))
                            .forEach(a -> doc.transientAttribute(node, a, null));
                    if (!value.equals("0")) {
                        doc.transientAttribute(node, "fail-count-" + rsc + "#start_0", value);
                    }
                });
            }
            default -> throw usage("failcount takes show, set or delete, not '" + words.get(0) + "'");
        }
    }

    /** The sum of a resource's fail counts on a node; INFINITY if any is. */
    static String total(StatusDocument doc, String node, String rsc) {
        long sum = 0;
        for (String attr : doc.transientAttributeNames(node)) {
            if (attr.equals("fail-count-" + rsc) || attr.startsWith("fail-count-" + rsc + "#")) {
                String v = doc.transientAttribute(node, attr).orElse("0").trim();
                if (v.equalsIgnoreCase("INFINITY") || v.equals("+INFINITY")) {
                    return "INFINITY";
                }
                try {
                    sum += Long.parseLong(v);
                } catch (NumberFormatException e) {
                    // a malformed count adds nothing
                }
            }
        }
        return Long.toString(sum);
    }

    /** The nodes where the resource (or any instance or member of it) is active, per the status section. */
    static List<String> runningOn(Cib cib, String rsc) {
        WorkingSet ws = Scheduler.schedule(cib, Instant.now()).workingSet();
        List<String> nodes = new ArrayList<>();
        Resource r = ws.resource(rsc);
        for (Primitive p : ws.primitives()) {
            if (r != null && (p == r || isWithin(p, r))) {
                for (Map.Entry<ClusterNode, Role> e : p.activeOn().entrySet()) {
                    if (!nodes.contains(e.getKey().uname())) {
                        nodes.add(e.getKey().uname());
                    }
                }
            }
        }
        return nodes;
    }

    private static boolean isWithin(Primitive p, Resource r) {
        for (Resource parent = p.parent(); parent != null; parent = parent.parent()) {
            if (parent == r) {
                return true;
            }
        }
        return false;
    }

    private static void requireResource(LiveCluster cluster, String rsc) {
        StatusDocument doc = cluster.read();
        if (ConfigEdits.resource(doc.root(), rsc).isEmpty()) {
            throw new CliException(ExitCode.ERROR, "resource " + rsc + " does not exist");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.ERROR, "interrupted", e);
        }
    }

    private static CliException usage(String problem) {
        return new CliException(ExitCode.USAGE, problem
                + " (start|stop|restart|move|clear|cleanup|locate|failcount RSC ...)");
    }
}
