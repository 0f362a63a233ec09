package org.jcrm.shell.resource;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;
import org.w3c.dom.Element;

/**
 * {@code cleanup}, {@code refresh} and {@code failcount} of the resource level: they work on the
 * status section, where the cluster keeps each resource's operation history and fail counts.
 * Forgetting a resource's history makes the DC probe it again; {@code cleanup} forgets what failed
 * (history and fail counts), {@code refresh} everything about the resource.
 */
final class History {
    private History() {
    }

    /** {@code cleanup|refresh [RSC] [NODE] [force]}: prints one line per node whose state was dropped. */
    static void forget(ShellContext ctx, List<String> args, boolean everything) {
        List<String> words = new ArrayList<>(args);
        words.remove("force");
        if (words.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: " + (everything ? "refresh" : "cleanup") + " [RSC] [NODE] [force]");
        }
        String rsc = words.isEmpty() ? null : words.get(0);
        String node = words.size() > 1 ? words.get(1) : null;
        List<String> cleaned = new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            List<String> ids = new ArrayList<>();
            if (rsc != null) {
                Element r = tree.require(rsc);
                ids.add(rsc);
                ResourceTree.descendants(r).forEach(d -> ids.add(d.getAttribute("id")));
            }
            if (node != null) {
                tree.requireNode(node);
            }
            List<String> done = new ArrayList<>();
            for (String uname : node == null ? doc.nodeStates() : List.of(node)) {
                if (forget(doc, uname, ids, everything)) {
                    done.add(uname);
                }
            }
            return done;
        });
        for (String uname : cleaned) {
            ctx.out().println((everything ? "Refreshed " : "Cleaned up ") + (rsc == null ? "all resources" : rsc)
                    + " on " + uname);
        }
    }

    /** Drops the history (all, or the failed part) and fail counts of the resources {@code ids} (all when empty). */
    private static boolean forget(StatusDocument doc, String uname, List<String> ids, boolean everything) {
        boolean changed = false;
        for (Element r : doc.lrmResources(uname)) {
            if (matches(ids, r.getAttribute("id")) && (everything || failed(r))) {
                r.getParentNode().removeChild(r);
                changed = true;
            }
        }
        for (String attr : doc.transientAttributeNames(uname)) {
            String base = attr.startsWith("fail-count-") ? attr.substring(11)
                    : attr.startsWith("last-failure-") ? attr.substring(13) : null;
            if (base != null && matches(ids, base.replaceFirst("#.*$", ""))) {
                doc.transientAttribute(uname, attr, null);
                changed = true;
            }
        }
        return changed;
    }

    /** True when an operation ended with another code than the one expected (transition-key's third field). */
    private static boolean failed(Element lrmResource) {
        for (Element op : Dom.children(lrmResource, "lrm_rsc_op")) {
            String rc = op.getAttribute("rc-code");
            String[] key = op.getAttribute("transition-key").split(":");
            String expected = key.length >= 3 ? key[2] : "0";
            if (!rc.isEmpty() && !rc.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> ids, String id) {
        return ids.isEmpty() || ids.contains(id) || ids.contains(id.replaceFirst(":\\d+$", ""));
    }

    /** {@code failcount RSC set NODE VALUE | delete NODE | show NODE}. */
    static void failcount(ShellContext ctx, List<String> args) {
        if (args.size() < 3) {
            throw new CliException(ExitCode.USAGE, "usage: failcount RSC set NODE VALUE | delete NODE | show NODE");
        }
        String rsc = args.get(0);
        String node = args.get(2);
        CibEditor cib = new CibEditor(ctx.store());
        switch (args.get(1)) {
            case "show" -> {
                StatusDocument doc = cib.read();
                new ResourceTree(doc.root()).require(rsc);
                ctx.out().println("scope=status  name=fail-count-" + rsc + " value=" + ResourceCommand.total(doc, node, rsc));
            }
            case "delete" -> cib.edit(doc -> forget(doc, checked(doc, rsc, node), List.of(rsc), false));
            case "set" -> {
                if (args.size() != 4) {
                    throw new CliException(ExitCode.USAGE, "usage: failcount RSC set NODE VALUE");
                }
                String value = args.get(3);
                cib.edit(doc -> {
                    String uname = checked(doc, rsc, node);
                    doc.transientAttributeNames(uname).stream().filter(a -> a.startsWith("fail-count-" + rsc + "#"))
                            .forEach(a -> doc.transientAttribute(uname, a, null));
                    if (!value.equals("0")) {
                        doc.transientAttribute(uname, "fail-count-" + rsc + "#start_0", value);
                    }
                    return null;
                });
            }
            default -> throw new CliException(ExitCode.USAGE, "failcount takes set, delete or show, not '" + args.get(1) + "'");
        }
    }

    private static String checked(StatusDocument doc, String rsc, String node) {
        ResourceTree tree = new ResourceTree(doc.root());
        tree.require(rsc);
        tree.requireNode(node);
        return node;
    }
}
