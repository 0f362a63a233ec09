package org.jcrm.shell.ra;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.check.CheckReport;
import org.jcrm.agents.check.LifecycleCheck;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code jcrm ra}: what agents exist here ({@code classes}, {@code providers TYPE},
 * {@code list CLASS[:PROVIDER]}), what one declares ({@code info AGENT}), and whether it behaves as the
 * cluster needs ({@code check AGENT [param=value...]}, exit code 1 when any step fails).
 */
public final class RaCommand implements Command {
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private final Supplier<AgentRegistry> registry;
    private AgentRegistry loaded;

    /** The command over this node's agents. */
    public RaCommand() {
        this(AgentRegistry::standard);
    }

    /** The command over the agents of {@code registry}. */
    public RaCommand(Supplier<AgentRegistry> registry) {
        this.registry = registry;
    }

    private AgentRegistry registry() {
        if (loaded == null) {
            loaded = registry.get();
        }
        return loaded;
    }

    @Override
    public String name() {
        return "ra";
    }

    @Override
    public String summary() {
        return "resource agents: classes, providers, list, info, check";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "usage: jcrm ra classes | providers TYPE | list CLASS[:PROVIDER]"
                    + " | info AGENT | check AGENT [param=value...]");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "classes" -> classes(rest, out);
            case "providers" -> providers(rest, out);
            case "list" -> list(rest, out);
            case "info", "meta" -> info(rest, out);
            case "check" -> check(rest, out);
            default -> throw new CliException(ExitCode.USAGE, "unknown subcommand '" + args.get(0)
                    + "' (classes, providers, list, info, check)");
        };
    }

    private ExitCode classes(List<String> args, PrintStream out) {
        expect(args, 0, 0, "classes");
        for (String c : registry().classes()) {
            if (c.equals("ocf")) {
                out.println("ocf / " + String.join(" ", registry().agentClass("ocf").orElseThrow().providers()));
            } else {
                out.println(c);
            }
        }
        return ExitCode.OK;
    }

    private ExitCode providers(List<String> args, PrintStream out) {
        expect(args, 1, 1, "providers TYPE");
        List<String> providers = registry().providers(args.get(0));
        if (providers.isEmpty()) {
            throw new CliException(ExitCode.ERROR, "no OCF provider has an agent called '" + args.get(0) + "'");
        }
        out.println(String.join(" ", providers));
        return ExitCode.OK;
    }

    private ExitCode list(List<String> args, PrintStream out) {
        expect(args, 1, 1, "list CLASS[:PROVIDER]");
        String[] parts = args.get(0).split(":", 2);
        List<String> agents;
        try {
            agents = registry().list(parts[0], parts.length > 1 ? parts[1] : null);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        new Columns(agents).print(out);
        return ExitCode.OK;
    }

    private ExitCode info(List<String> args, PrintStream out) {
        expect(args, 1, 1, "info AGENT");
        AgentRef agent = resolve(args.get(0));
        AgentMetadata md = registry().metadata(agent).orElseThrow(() -> new CliException(ExitCode.ERROR,
                registry().metadataError(agent).orElse("no meta-data for " + agent)));
        out.print(new MetadataText(md, agent).render());
        return ExitCode.OK;
    }

    private ExitCode check(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "usage: jcrm ra check AGENT [param=value...]");
        }
        AgentRef agent = resolve(args.get(0));
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : args.subList(1, args.size())) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new CliException(ExitCode.USAGE, "parameter '" + p + "' is not name=value");
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        CheckReport report;
        try {
            report = new LifecycleCheck(registry(), CHECK_TIMEOUT).run(agent, params);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.ERROR, "interrupted while checking " + agent);
        }
        new CheckText(report).print(out);
        return report.passed() ? ExitCode.OK : ExitCode.ERROR;
    }

    /** Parses an agent name; a bare type is looked up among OCF providers, heartbeat first. */
    private AgentRef resolve(String text) {
        try {
            if (!text.contains(":")) {
                List<String> providers = registry().providers(text);
                if (!providers.isEmpty() && !providers.contains("heartbeat")) {
                    return new AgentRef("ocf", providers.get(0), text);
                }
            }
            return AgentRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
    }

    private static void expect(List<String> args, int min, int max, String usage) {
        if (args.size() < min || args.size() > max) {
            throw new CliException(ExitCode.USAGE, "usage: jcrm ra " + usage);
        }
    }
}
