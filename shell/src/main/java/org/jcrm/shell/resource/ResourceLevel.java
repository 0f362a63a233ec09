package org.jcrm.shell.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.shell.cibedit.CibEditor;
import org.jcrm.shell.cibedit.Dom;
import org.jcrm.shell.cibedit.ResourceTree;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.DeprecatedAlias;
import org.jcrm.shell.repl.Level;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.repl.SimpleCommand;

/**
 * The resource level ({@code crm(live)resource# }): resource control as crmsh offers it, acting on
 * the CIB in use (a CIB file, a shadow or the live cluster) at once, without a working copy:
 * status/locate, start/stop/restart, manage/unmanage/maintenance, move/ban/clear, param/meta/
 * utilization, failcount, cleanup/refresh, operations, scores and trace/untrace. The old names {@code migrate},
 * {@code unmigrate} and {@code unmove} are accepted with crmsh's deprecation warning.
 */
public final class ResourceLevel implements Level {
    static final long RESTART_WAIT_MILLIS = 60_000;

    private final List<LevelCommand> commands = new ArrayList<>();
    private final Supplier<ChildPolicy> policy;

    /** A resource level; {@code manageChildren} gives the {@code manage-children} option in effect. */
    public ResourceLevel(Supplier<String> manageChildren) {
        this.policy = () -> ChildPolicy.of(manageChildren.get());
        SimpleCommand.Completion ids = (ctx, before, word) -> before.isEmpty() ? resourceIds(ctx) : List.of();
        add(SimpleCommand.of("status", "status [RSC...]", "Tells where resources run (all when none is named).\n"
                + "Example: status web-server", ResourceLevel::status).alias("show", "list", "locate").completing(ids));
        add(meta("start", "target-role", "Started", "Lets the cluster start a resource (target-role=Started).", ids));
        add(meta("stop", "target-role", "Stopped", "Makes the cluster stop a resource (target-role=Stopped).", ids));
        add(SimpleCommand.of("restart", "restart RSC", "Stops a resource, waits until it is stopped, starts it again.\n"
                + "Example: restart web-server", this::restart).completing(ids));
        add(meta("manage", "is-managed", "true", "Puts a resource back under the cluster's control.", ids));
        add(meta("unmanage", "is-managed", "false", "Leaves a resource alone: the cluster neither starts nor stops it.",
                ids));
        add(SimpleCommand.of("maintenance", "maintenance RSC [on|off]", "Sets a resource's maintenance mode (default on):"
                + " it is neither monitored nor managed.\nExample: maintenance web-server on", this::maintenance)
                .completing(ids));
        LevelCommand move = SimpleCommand.of("move", "move RSC [NODE] [force]", "Moves a resource to NODE (location "
                + "cli-prefer-RSC), or with force away from where it runs.\nExample: move web-server node2", Placement::move)
                .completing(ids);
        add(move);
        add(new DeprecatedAlias("migrate", move));
        add(SimpleCommand.of("ban", "ban RSC [NODE]", "Keeps a resource off NODE (location cli-ban-RSC-on-NODE).\n"
                + "Example: ban web-server node1", Placement::ban).completing(ids));
        LevelCommand clear = SimpleCommand.of("clear", "clear RSC [NODE]", "Removes the constraints move and ban "
                + "created.\nExample: clear web-server", Placement::clear).completing(ids);
        add(clear);
        add(new DeprecatedAlias("unmigrate", clear));
        add(new DeprecatedAlias("unmove", clear));
        add(attributes("param", "instance_attributes", "an instance attribute (parameter)", ids));
        add(attributes("meta", "meta_attributes", "a meta attribute", ids));
        add(attributes("utilization", "utilization", "a utilization attribute", ids));
        add(SimpleCommand.of("failcount", "failcount RSC set NODE VALUE | delete NODE | show NODE",
                "Shows, sets or deletes a resource's fail count on a node.\nExample: failcount web-server show node1",
                History::failcount).completing(ids));
        add(SimpleCommand.of("cleanup", "cleanup [RSC] [NODE] [force]", "Forgets failed operations and fail counts "
                + "(of RSC, on NODE), so the cluster probes again.\nExample: cleanup web-server",
                (ctx, args) -> History.forget(ctx, args, false)).completing(ids));
        add(SimpleCommand.of("refresh", "refresh [RSC] [NODE] [force]", "Forgets the whole operation history (of RSC, "
                + "on NODE), so the cluster probes again.\nExample: refresh web-server",
                (ctx, args) -> History.forget(ctx, args, true)).completing(ids));
        add(SimpleCommand.of("operations", "operations [RSC [NODE]]", "Lists the operations the status section "
                + "records (of RSC, on NODE).\nExample: operations web-server node1", Operations::list).completing(ids));
        add(SimpleCommand.of("scores", "scores", "Shows the placement scores the scheduler computes for the CIB in use."
                + "\nExample: scores", Operations::scores));
        add(SimpleCommand.of("trace", "trace RSC [OP [INTERVAL]]", "Makes the agent trace an operation (probe, start, "
                + "stop ...; default the non-monitor ones).\nExample: trace web-server start", Tracing::trace)
                .completing(ids));
        add(SimpleCommand.of("untrace", "untrace RSC [OP [INTERVAL]]", "Stops tracing an operation.\n"
                + "Example: untrace web-server start", Tracing::untrace).completing(ids));
    }

    private void add(LevelCommand command) {
        commands.add(command);
    }

    private SimpleCommand meta(String name, String attribute, String value, String what, SimpleCommand.Completion ids) {
        return SimpleCommand.of(name, name + " RSC...", what + "\nExample: " + name + " web-server",
                (ctx, args) -> {
                    if (args.isEmpty()) {
                        throw new CliException(ExitCode.USAGE, "usage: " + name + " RSC...");
                    }
                    for (String rsc : args) {
                        setMeta(ctx, rsc, attribute, value);
                    }
                }).completing(ids);
    }

    private static SimpleCommand attributes(String name, String setTag, String what, SimpleCommand.Completion ids) {
        String usage = name + " RSC set NAME VALUE | delete NAME | show NAME";
        ResourceAttributes attributes = new ResourceAttributes(setTag);
        return SimpleCommand.of(name, usage, "Shows, sets or deletes " + what + " of a resource.\nExample: " + name
                + " web-server set " + (name.equals("utilization") ? "cpu 2" : "port 8080"),
                (ctx, args) -> attributes.run(ctx, args, usage)).completing(ids);
    }

    private void setMeta(ShellContext ctx, String rsc, String attribute, String value) {
        MetaAttributeChange change = new MetaAttributeChange(attribute, value, policy.get(), new Questions(ctx));
        new CibEditor(ctx.store()).edit(doc -> change.apply(new ResourceTree(doc.root()).require(rsc)));
    }

    private void maintenance(ShellContext ctx, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new CliException(ExitCode.USAGE, "usage: maintenance RSC [on|off]");
        }
        String mode = args.size() == 2 ? args.get(1) : "on";
        String value = switch (mode) {
            case "on", "true", "yes" -> "true";
            case "off", "false", "no" -> "false";
            default -> throw new CliException(ExitCode.USAGE, "maintenance takes on or off, not '" + mode + "'");
        };
        setMeta(ctx, args.get(0), "maintenance", value);
    }

    private void restart(ShellContext ctx, List<String> args) {
        if (args.size() != 1) {
            throw new CliException(ExitCode.USAGE, "usage: restart RSC");
        }
        String rsc = args.get(0);
        ctx.err().println("INFO: ordering " + rsc + " to stop");
        setMeta(ctx, rsc, "target-role", "Stopped");
        long deadline = System.currentTimeMillis() + RESTART_WAIT_MILLIS;
        while (!ResourceCommand.runningOn(ctx.store().current(), rsc).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new CliException(ExitCode.ERROR, rsc + " did not stop within " + RESTART_WAIT_MILLIS / 1000
                        + " s; it stays ordered to stop");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException(ExitCode.ERROR, "interrupted", e);
            }
        }
        ctx.err().println("INFO: ordering " + rsc + " to start");
        setMeta(ctx, rsc, "target-role", "Started");
    }

    private static void status(ShellContext ctx, List<String> args) {
        Cib cib = ctx.store().current();
        List<String> names = args;
        if (names.isEmpty()) {
            names = Dom.children(new ResourceTree(new CibEditor(ctx.store()).read().root()).resources()).stream()
                    .filter(e -> ResourceTree.RESOURCE_TAGS.contains(e.getTagName())).map(e -> e.getAttribute("id")).toList();
        }
        for (String rsc : names) {
            if (cib.findById(rsc).isEmpty()) {
                throw new CliException(ExitCode.ERROR, "Resource not found: " + rsc);
            }
            List<String> nodes = ResourceCommand.runningOn(cib, rsc);
            ctx.out().println(nodes.isEmpty() ? "resource " + rsc + " is NOT running"
                    : "resource " + rsc + " is running on: " + String.join(" ", nodes));
        }
    }

    private static List<String> resourceIds(ShellContext ctx) {
        return new ResourceTree(new CibEditor(ctx.store()).read().root()).all().stream().map(e -> e.getAttribute("id")).toList();
    }

    @Override
    public String name() {
        return "resource";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }
}
