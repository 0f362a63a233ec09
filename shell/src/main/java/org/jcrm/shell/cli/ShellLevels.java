package org.jcrm.shell.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.engine.store.CibStore;
import org.jcrm.shell.cib.CibLevel;
import org.jcrm.shell.cib.ShadowDirectory;
import org.jcrm.shell.cluster.StatusCommand;
import org.jcrm.shell.complete.AgentNames;
import org.jcrm.shell.configure.ConfigureLevel;
import org.jcrm.shell.configure.ConfigureTools;
import org.jcrm.shell.configure.CrmConfigText;
import org.jcrm.shell.options.OptionsLevel;
import org.jcrm.shell.node.NodeLevel;
import org.jcrm.shell.options.Preferences;
import org.jcrm.shell.ra.RaCommand;
import org.jcrm.shell.repl.CommandLevel;
import org.jcrm.shell.repl.CommandLevel.Subcommand;
import org.jcrm.shell.repl.LazyLevel;
import org.jcrm.shell.repl.RootLevel;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.repl.SimpleCommand;
import org.jcrm.shell.resource.ResourceLevel;
import org.jcrm.shell.simulate.SimulateCommand;
import org.jcrm.shell.verify.VerifyCommand;

/**
 * Builds the shell's level tree: root (with {@code status}), configure (with its {@code cib}
 * sublevel), cib, resource, node, ra and options. Each level is built when first used, and
 * everything costly in it (agent scanning, JAXB) later still, when first needed.
 */
final class ShellLevels {
    private ShellLevels() {
    }

    static RootLevel build(ShellContext context, CibStore live, Map<String, String> env, Path home,
            Supplier<InputStream> stdin) {
        Preferences preferences = new Preferences(home.resolve(".jcrmrc"), env);
        AgentNames agents = new AgentNames(AgentRegistry::standard);
        CrmConfigText text = new CrmConfigText(Path.of(env.getOrDefault("OCF_ROOT", "/usr/lib/ocf"), "resource.d"));
        // One cib level, reachable from the root and from configure.
        LazyLevel cib = new LazyLevel("cib", () -> new CibLevel(live, new ShadowDirectory(shadowDir(env)), text));
        return new RootLevel()
                .with(new LazyLevel("configure", () -> new ConfigureLevel(context, text, stdin,
                        new ConfigureTools(new VerifyCommand(), new SimulateCommand(), preferences::editor, agents))
                        .with(cib)))
                .with(cib)
                .with(new LazyLevel("resource", () -> new ResourceLevel(() -> preferences.get("manage-children"))))
                .with(new LazyLevel("node", NodeLevel::new))
                .with(new LazyLevel("ra", () -> raLevel(agents)))
                .with(new LazyLevel("options", () -> new OptionsLevel(preferences)))
                .with(status(env, context));
    }

    /** Where shadows live: {@code CIB_shadow_dir}, else beside the CIB file, else in the cluster directory. */
    static Path shadowDir(Map<String, String> env) {
        String dir = env.get("CIB_shadow_dir");
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir);
        }
        String cibFile = env.get("CIB_file");
        if (cibFile != null && !cibFile.isEmpty()) {
            Path parent = Path.of(cibFile).toAbsolutePath().getParent();
            return parent != null ? parent : Path.of(".");
        }
        return CibChoice.clusterDir(env);
    }

    private static CommandLevel raLevel(AgentNames agents) {
        SimpleCommand.Completion agentWord = (ctx, before, word) -> before.isEmpty() ? agents.candidates(word) : List.of();
        return new CommandLevel("ra", new RaCommand(agents::registry), List.of(
                new Subcommand("classes", "classes", "Lists the agent classes and the OCF providers.\nExample: classes"),
                new Subcommand("providers", "providers TYPE", "Lists the OCF providers of an agent type.\n"
                        + "Example: providers IPaddr2"),
                new Subcommand("list", "list CLASS[:PROVIDER]", "Lists the agents of a class (and provider).\n"
                        + "Example: list ocf:heartbeat", (ctx, before, word) -> before.isEmpty()
                                ? agents.registry().classes() : List.of()),
                new Subcommand("info", "info AGENT", "Shows an agent's parameters, actions and defaults.\n"
                        + "Example: info ocf:heartbeat:IPaddr2", agentWord),
                new Subcommand("check", "check AGENT [NAME=VALUE...]", "Runs an agent through start, monitor and stop "
                        + "and reports each step.\nExample: check ocf:heartbeat:Dummy", agentWord)));
    }

    private static SimpleCommand status(Map<String, String> env, ShellContext context) {
        return SimpleCommand.of("status", "status",
                "Shows the running cluster as crm_mon does (nodes, resources, failures): the cluster of "
                        + "JCRM_CLUSTER_DIR, else the embedded one in ./.jcrm.\nExample: status",
                (ctx, args) -> {
                    ExitCode code = new StatusCommand().run(
                            List.of("--cluster", CibChoice.clusterDir(env).toString()), ctx.out(), ctx.err());
                    if (code != ExitCode.OK) {
                        throw new CliException(code, "status failed");
                    }
                });
    }
}
