package org.jcrm.shell.resource;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.cluster.ConfigEdits;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * {@code move}, {@code ban} and {@code clear} of the resource level: the location constraints
 * {@code crm_resource} names {@code cli-prefer-RSC} (INFINITY on the chosen node) and
 * {@code cli-ban-RSC-on-NODE} (-INFINITY), written to the stored CIB with crmsh's messages.
 */
final class Placement {
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "P(?=[\\dT])(\\d+[YMWD])*(T(\\d+[HMS])+)?");
    private Placement() {
    }

    /** {@code move RSC [NODE] [force]}: prefers NODE, or with force only bans the current node. */
    static void move(ShellContext ctx, List<String> args) {
        List<String> words = new ArrayList<>(args);
        boolean force = words.remove("force") || ctx.force();
        if (words.stream().anyMatch(w -> w.startsWith("lifetime=") || DURATION.matcher(w).matches())) {
            throw new CliException(ExitCode.USAGE, "resource.move: a lifetime is not supported; clear the "
                    + "constraint with 'crm resource clear RSC' instead");
        }
        if (words.isEmpty() || words.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: move RSC [NODE] [force]");
        }
        String rsc = words.get(0);
        if (words.size() == 1) {
            if (!force) {
                throw new CliException(ExitCode.USAGE, "resource.move: No target node: Move requires either a "
                        + "target node or 'force'");
            }
            String current = onlyLocation(ctx, rsc);
            ban(ctx, rsc, current);
            return;
        }
        String node = words.get(1);
        new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            tree.require(rsc);
            tree.requireNode(node);
            ConfigEdits.location(doc.root(), "cli-prefer-" + rsc, rsc, node, "INFINITY");
            return null;
        });
        ctx.err().println("INFO: Move constraint created for " + rsc + " to " + node);
        ctx.err().println("INFO: Use `crm resource clear " + rsc + "` to remove this constraint");
    }

    /** {@code ban RSC [NODE]}: keeps RSC off NODE (default: where it runs now). */
    static void ban(ShellContext ctx, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: ban RSC [NODE]");
        }
        String rsc = args.get(0);
        ban(ctx, rsc, args.size() == 2 ? args.get(1) : onlyLocation(ctx, rsc));
    }

    private static void ban(ShellContext ctx, String rsc, String node) {
        String id = "cli-ban-" + rsc + "-on-" + node;
        new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            tree.require(rsc);
            tree.requireNode(node);
            ConfigEdits.location(doc.root(), id, rsc, node, "-INFINITY");
            return null;
        });
        ctx.err().println("WARNING: Creating rsc_location constraint '" + id + "' with a score of -INFINITY for "
                + "resource " + rsc + " on " + node + ".");
        ctx.err().println("\tThis will prevent " + rsc + " from running on " + node + " until the constraint is "
                + "removed using the clear option or by editing the CIB with an appropriate tool");
        ctx.err().println("\tThis will be the case even if " + node + " is the last node in the cluster");
        ctx.err().println("INFO: Ban constraint created for " + rsc + " to " + node);
        ctx.err().println("INFO: Use `crm resource clear " + rsc + "` to remove this constraint");
    }

    /** {@code clear RSC [NODE]}: removes the move and ban constraints of RSC (on NODE only, if given). */
    static void clear(ShellContext ctx, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: clear RSC [NODE]");
        }
        String rsc = args.get(0);
        String node = args.size() == 2 ? args.get(1) : null;
        new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            tree.require(rsc);
            for (Element c : Dom.children(tree.constraints(), "rsc_location")) {
                String id = c.getAttribute("id");
                boolean ours = id.equals("cli-prefer-" + rsc) || id.startsWith("cli-ban-" + rsc + "-on-");
                if (ours && (node == null || node.equals(c.getAttribute("node")))) {
                    tree.constraints().removeChild(c);
                }
            }
            return null;
        });
        ctx.err().println("INFO: Removed migration constraints for " + rsc);
    }

    private static String onlyLocation(ShellContext ctx, String rsc) {
        List<String> where = ResourceCommand.runningOn(ctx.store().current(), rsc);
        if (where.size() != 1) {
            throw new CliException(ExitCode.ERROR, "Resource '" + rsc + "' not moved: " + (where.isEmpty()
                    ? "active in 0 locations" : "active in " + where.size() + " locations") + "; name the node");
        }
        return where.get(0);
    }
}
