package org.jcrm.shell.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.Level;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.repl.SimpleCommand;
import org.w3c.dom.Element;

/**
 * The node level ({@code crm(live)node# }): node states and attributes as crmsh offers them, acting
 * on the CIB in use at once: show, standby/online, maintenance/ready, attribute, utilization,
 * status-attr, clearstate and delete. Commands that take an optional NODE default to this host's
 * name, as crmsh does.
 */
public final class NodeLevel implements Level {
    private final List<LevelCommand> commands = new ArrayList<>();

    public NodeLevel() {
        SimpleCommand.Completion nodes = (ctx, before, word) -> before.isEmpty() ? nodeNames(ctx) : List.of();
        commands.add(SimpleCommand.of("show", "show [NODE]", "Lists the nodes (or one) with their type and "
                + "attributes.\nExample: show node1", NodeLevel::show).alias("list").completing(nodes));
        commands.add(SimpleCommand.of("standby", "standby [NODE] [reboot|forever]", "Puts a node in standby: no "
                + "resource may run there (until online, or with reboot until it restarts).\nExample: standby node1",
                (ctx, args) -> standby(ctx, args, "on")).completing(nodes));
        commands.add(SimpleCommand.of("online", "online [NODE]", "Takes a node out of standby.\nExample: online node1",
                (ctx, args) -> standby(ctx, args, "off")).completing(nodes));
        commands.add(SimpleCommand.of("maintenance", "maintenance [NODE]", "Puts a node in maintenance mode: its "
                + "resources are neither monitored nor managed.\nExample: maintenance node1",
                NodeLevel::maintenance).completing(nodes));
        commands.add(SimpleCommand.of("ready", "ready [NODE]", "Takes a node out of maintenance mode.\n"
                + "Example: ready node1", (ctx, args) -> setAttribute(ctx, node(args, 1, "ready"), "maintenance", "off"))
                .completing(nodes));
        for (NodeAttributes kind : List.of(NodeAttributes.permanent(), NodeAttributes.utilization(),
                NodeAttributes.transientOnes())) {
            String name = kind.usage().substring(0, kind.usage().indexOf(' '));
            commands.add(SimpleCommand.of(name, kind.usage(), "Shows, sets or deletes a node's " + switch (name) {
                case "attribute" -> "permanent attribute";
                case "utilization" -> "utilization (capacity) attribute";
                default -> "transient (status) attribute";
            } + ".\nExample: " + name + " node1 set rack 1", kind::run).completing(nodes));
        }
        commands.add(SimpleCommand.of("clearstate", "clearstate NODE", "Forgets a node's operation history and "
                + "transient attributes (after asking).\nExample: clearstate node1", NodeLevel::clearstate).completing(nodes));
        commands.add(SimpleCommand.of("delete", "delete NODE", "Removes a node from the configuration and the status.\n"
                + "Example: delete node3", NodeLevel::delete).alias("remove").completing(nodes));
    }

    private static void show(ShellContext ctx, List<String> args) {
        ResourceTree tree = new ResourceTree(new CibEditor(ctx.store()).read().root());
        List<Element> nodes = args.isEmpty() ? Dom.children(tree.nodes(), "node")
                : args.stream().map(tree::requireNode).toList();
        for (Element n : nodes) {
            String uname = n.getAttribute("uname");
            String id = n.getAttribute("id");
            String type = n.getAttribute("type").isEmpty() ? "member" : n.getAttribute("type");
            ctx.out().println(uname + (id.equals(uname) ? "" : "(" + id + ")") + ": " + type);
            for (Element set : Dom.children(n, "instance_attributes")) {
                for (Element nv : Dom.children(set, "nvpair")) {
                    ctx.out().println("\t" + nv.getAttribute("name") + "=" + nv.getAttribute("value"));
                }
            }
        }
    }

    private static void standby(ShellContext ctx, List<String> args, String value) {
        List<String> words = new ArrayList<>(args);
        boolean reboot = words.remove("reboot");
        words.remove("forever");
        String node = node(words, 1, value.equals("on") ? "standby" : "online");
        if (reboot) {
            new CibEditor(ctx.store()).edit(doc -> {
                new ResourceTree(doc.root()).requireNode(node);
                doc.transientAttribute(node, "standby", value);
                return null;
            });
        } else {
            setAttribute(ctx, node, "standby", value);
        }
    }

    /**
     * Maintenance mode of the node, which Pacemaker lets a resource's own {@code maintenance} or
     * {@code is-managed} override: those are removed when the user agrees (crm -F).
     */
    private static void maintenance(ShellContext ctx, List<String> args) {
        String node = node(args, 1, "maintenance");
        java.util.Map<String, Boolean> answers = new java.util.HashMap<>();
        new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            for (Element rsc : tree.childrenFirst()) {
                String id = rsc.getAttribute("id");
                if (AttributeSets.get(rsc, "meta_attributes", "maintenance").isPresent() && answers.computeIfAbsent(
                        "'maintenance' attribute already exists in " + id + ". Remove it?", ctx::ask)) {
                    AttributeSets.remove(rsc, "meta_attributes", "maintenance");
                }
                if (AttributeSets.get(rsc, "meta_attributes", "is-managed").isPresent() && answers.computeIfAbsent(
                        "'is-managed' conflicts with 'maintenance' in " + id + ". Remove it?", ctx::ask)) {
                    AttributeSets.remove(rsc, "meta_attributes", "is-managed");
                }
            }
            NodeAttributes.permanent().write(doc, node, "maintenance", "true");
            return null;
        });
    }

    private static void setAttribute(ShellContext ctx, String node, String name, String value) {
        new CibEditor(ctx.store()).edit(doc -> {
            NodeAttributes.permanent().write(doc, node, name, value);
            return null;
        });
    }

    private static void clearstate(ShellContext ctx, List<String> args) {
        String node = node(args, 1, "clearstate");
        if (!ctx.ask("Do you really want to drop state for node " + node + "?")) {
            return;
        }
        new CibEditor(ctx.store()).edit(doc -> {
            new ResourceTree(doc.root()).requireNode(node);
            doc.forgetHistory(node);
            doc.forgetTransientAttributes(node);
            return null;
        });
    }

    private static void delete(ShellContext ctx, List<String> args) {
        if (args.size() != 1) {
            throw new CliException(ExitCode.USAGE, "usage: delete NODE");
        }
        String node = args.get(0);
        new CibEditor(ctx.store()).edit(doc -> {
            ResourceTree tree = new ResourceTree(doc.root());
            tree.nodes().removeChild(tree.requireNode(node));
            doc.findNodeState(node).ifPresent(ns -> ns.getParentNode().removeChild(ns));
            return null;
        });
    }

    /** The NODE word of a command taking at most {@code max} words, else this host's name. */
    private static String node(List<String> args, int max, String command) {
        if (args.size() > max) {
            throw new CliException(ExitCode.USAGE, "usage: " + command + " [NODE]");
        }
        if (!args.isEmpty()) {
            return args.get(0);
        }
        try {
            return InetAddress.getLocalHost().getHostName().replaceFirst("\\..*$", "");
        } catch (UnknownHostException e) {
            throw new CliException(ExitCode.USAGE, command + ": name the node (this host's name is unknown)");
        }
    }

    private static List<String> nodeNames(ShellContext ctx) {
        StatusDocument doc = new CibEditor(ctx.store()).read();
        return Dom.children(new ResourceTree(doc.root()).nodes(), "node").stream().map(n -> n.getAttribute("uname")).toList();
    }

    @Override
    public String name() {
        return "node";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }
}
