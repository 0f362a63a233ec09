package org.jcrm.shell.configure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.DeprecatedAlias;
import org.jcrm.shell.repl.Level;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.ShellContext;

/**
 * The configure level ({@code crm(live)configure# }): object definitions typed as crm text, and the
 * commands that show, edit, load and commit the working copy. The working copy is read when the level
 * is first used; leaving the level with uncommitted changes commits them in batch mode (as crmsh
 * does) and asks on a terminal.
 */
public final class ConfigureLevel implements Level {
    /** The words that start an object definition, as crmsh's configure level knows them. */
    static final List<String> OBJECT_KEYWORDS = List.of("node", "primitive", "monitor", "group", "clone", "ms",
            "master", "rsc_template", "template", "bundle", "location", "colocation", "collocation", "order",
            "rsc_ticket", "property", "rsc_defaults", "op_defaults", "fencing_topology", "tag", "alert", "role",
            "user", "acl_target", "acl_group");

    private final ShellContext context;
    private final ConfigCheck check;
    private final List<LevelCommand> commands = new ArrayList<>();
    private final List<Level> sublevels = new ArrayList<>();
    private WorkingCib work;

    public ConfigureLevel(ShellContext context, ConfigText text, Supplier<InputStream> stdin, ConfigureTools tools) {
        this.context = context;
        this.check = new ConfigCheck(tools.verify());
        ObjectCompletion completion = new ObjectCompletion(this::work, tools.agents());
        for (String keyword : OBJECT_KEYWORDS) {
            if (!keyword.equals("master")) {
                commands.add(new ObjectCommand(keyword, this::work, text, completion));
            }
        }
        commands.add(new DeprecatedAlias("master", command("ms").orElseThrow()));
        commands.addAll(ConfigureCommands.all(this::work, text, stdin, tools));
        context.beforeSwitch(this::settleBeforeSwitch);
    }

    /**
     * Another CIB is about to be used: uncommitted changes would silently stay behind, so they are
     * committed when the user agrees on a terminal, and the switch is refused otherwise.
     */
    private void settleBeforeSwitch() {
        if (work == null || !work.dirty() || work.store() != context.store()) {
            return;
        }
        if (context.confirm("There are changes pending. Do you want to commit them (y/n)? ", false)) {
            ConfigureCommands.commit(work, context, check);
            return;
        }
        throw new CliException(ExitCode.ERROR, "there are uncommitted changes in " + context.cibName()
                + ": commit or refresh them before switching CIB");
    }

    /** The working copy, read from the context's store on first use (or after a store switch). */
    WorkingCib work() {
        if (work == null || work.store() != context.store()) {
            work = new WorkingCib(context.store());
        }
        return work;
    }

    /** Adds a level reachable from configure (crmsh offers {@code cib} here too). */
    public ConfigureLevel with(Level level) {
        sublevels.add(level);
        return this;
    }

    @Override
    public Optional<Level> sublevel(String name) {
        return sublevels.stream().filter(level -> level.name().equals(name)).findFirst();
    }

    @Override
    public List<String> sublevelNames() {
        return sublevels.stream().map(Level::name).toList();
    }

    @Override
    public String name() {
        return "configure";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }

    @Override
    public void leave(ShellContext ctx) {
        if (work == null || !work.dirty()) {
            return;
        }
        if (ctx.interactive() && !ctx.confirm("There are changes pending. Do you want to commit them (y/n)? ", true)) {
            work.refresh();
            return;
        }
        ConfigureCommands.commit(work, ctx, check);
    }

    /** An object definition ({@code primitive web ...}): applied to the working copy with update meaning. */
    private record ObjectCommand(String name, Supplier<WorkingCib> work, ConfigText text, ObjectCompletion completion)
            implements LevelCommand {
        @Override
        public List<String> complete(ShellContext context, List<String> before, String word) {
            return completion.candidates(name, before, word);
        }

        @Override
        public String usage() {
            return name + " ...";
        }

        @Override
        public String help() {
            return "Defines or redefines a " + name + " object in crm syntax.\nExample: "
                    + switch (name) {
                        case "primitive" -> "primitive web-vip ocf:heartbeat:IPaddr2 params ip=192.168.0.100 op monitor interval=30s";
                        case "node" -> "node node1 attributes rack=1";
                        case "monitor" -> "monitor web-vip 30s:20s";
                        case "group" -> "group web-stack web-vip web-fs web-server";
                        case "clone" -> "clone ping-clone ping meta interleave=true";
                        case "ms" -> "ms db-ms db meta notify=true";
                        case "rsc_template", "template" -> name + " vip-tpl ocf:heartbeat:IPaddr2 params cidr_netmask=24";
                        case "bundle" -> "bundle httpd docker image=httpd:latest replicas=2";
                        case "location" -> "location prefer-node1 web-stack 100: node1";
                        case "colocation", "collocation" -> name + " web-with-ip inf: web-server web-vip";
                        case "order" -> "order fs-then-web Mandatory: web-fs web-server";
                        case "rsc_ticket" -> "rsc_ticket web-needs-a ticket-A: web-stack loss-policy=stop";
                        case "property" -> "property stonith-enabled=true no-quorum-policy=stop";
                        case "rsc_defaults" -> "rsc_defaults resource-stickiness=100";
                        case "op_defaults" -> "op_defaults timeout=60s";
                        case "fencing_topology" -> "fencing_topology node1: fence-ipmi fence-pdu";
                        case "tag" -> "tag frontend: web-vip web-server";
                        case "alert" -> "alert notify /usr/share/pacemaker/alerts/alert_file.sh to /var/log/alerts.log";
                        case "role" -> "role readers read xpath:/cib";
                        case "user", "acl_target" -> name + " alice readers";
                        case "acl_group" -> "acl_group admins writers";
                        default -> name + " ...";
                    };
        }

        @Override
        public void run(ShellContext context, List<String> args, String line) {
            if (args.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "usage: " + usage());
            }
            if (name.equals("ms")) {
                // Pacemaker 2 spells a multi-state resource as a promotable clone; crmsh says so.
                String clone = "clone " + line + (args.contains("meta") ? " promotable=true" : " meta promotable=true");
                context.err().println("WARNING: \"ms\" is deprecated. Please use \"" + clone + "\"");
            }
            String definition = name + " " + line;
            work.get().edit(cib -> {
                text.apply(cib, definition, "<input>", false);
                if (name.equals("property") && MaintenanceOverrides.turnsOn(args)) {
                    ConfigurationDom.edit(cib, root -> MaintenanceOverrides.offerRemoval(root, context));
                }
            });
        }
    }
}
