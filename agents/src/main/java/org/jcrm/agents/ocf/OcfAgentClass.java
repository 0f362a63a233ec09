package org.jcrm.agents.ocf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.AgentPaths;
import org.jcrm.agents.process.ProcessOutcome;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.agents.process.ResultTranslator;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * OCF 1.1 agents: {@code DIR/PROVIDER/TYPE ACTION} for the first resource.d directory of the search
 * path that holds the agent, with the environment {@link OcfEnvironment} builds.
 */
public final class OcfAgentClass implements AgentClass {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final AgentPaths paths;
    private final ProcessRunner runner;

    public OcfAgentClass(AgentPaths paths, ProcessRunner runner) {
        this.paths = paths;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "ocf";
    }

    @Override
    public List<String> providers() {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : paths.ocfResourceDirs()) {
            names.addAll(entries(dir, true));
        }
        return List.copyOf(names);
    }

    /** The providers that have an agent called {@code type}. */
    public List<String> providersOf(String type) {
        return providers().stream().filter(p -> locate(p, type).isPresent()).toList();
    }

    @Override
    public List<String> list(String provider) {
        TreeSet<String> names = new TreeSet<>();
        for (String p : provider == null ? providers() : List.of(provider)) {
            for (Path dir : paths.ocfResourceDirs()) {
                names.addAll(entries(dir.resolve(p), false));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> entries(Path dir, boolean directories) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> directories ? Files.isDirectory(p) : Files.isRegularFile(p))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.startsWith("__"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The agent's file, searching the resource.d directories in order. */
    public Optional<Path> locate(String provider, String type) {
        if (provider == null || !safeName(provider) || !safeName(type)) {
            return Optional.empty();
        }
        return paths.ocfResourceDirs().stream().map(d -> d.resolve(provider).resolve(type))
                .filter(Files::isRegularFile).findFirst();
    }

    private static boolean safeName(String s) {
        return !s.isEmpty() && !s.contains("/") && !s.equals("..") && !s.equals(".");
    }

    @Override
    public boolean exists(AgentRef agent) {
        return locate(agent.provider(), agent.type()).isPresent();
    }

    @Override
    public Optional<String> metadataXml(AgentRef agent) throws InterruptedException {
        ActionResult r = execute(new ExecutorAction("meta-data", agent, "meta-data", Duration.ZERO,
                METADATA_TIMEOUT, Map.of(), Map.of()));
        return r.is(OcfCode.SUCCESS) && !r.output().isBlank() ? Optional.of(r.output()) : Optional.empty();
    }

    @Override
    public ActionResult execute(ExecutorAction action) throws InterruptedException {
        AgentRef agent = action.agent();
        if (agent.provider() == null) {
            return ActionResult.failed(OcfCode.ERR_CONFIGURED, OpStatus.INVALID,
                    "OCF agent " + agent + " needs a provider (ocf:PROVIDER:TYPE)");
        }
        Optional<Path> file = locate(agent.provider(), agent.type());
        if (file.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED,
                    "agent " + agent + " not found in " + paths.ocfResourceDirs());
        }
        if (!Files.isExecutable(file.get())) {
            return ActionResult.failed(OcfCode.ERR_PERM, OpStatus.ERROR_HARD,
                    "agent " + file.get() + " is not executable");
        }
        Map<String, String> env = OcfEnvironment.build(action, paths.ocfRoot());
        ProcessOutcome outcome = runner.run(List.of(file.get().toString(), action.action()), env, "",
                action.timeout());
        return ResultTranslator.translate(outcome, agent.toString(), rc -> rc);
    }
}
