package org.jcrm.agents.systemd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.process.AgentEnvironment;
import org.jcrm.agents.process.ProcessOutcome;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.agents.process.ResultTranslator;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * systemd units ({@code systemd:NAME}) through {@code systemctl}: start and stop run the job and wait,
 * a monitor asks {@code is-active} (active 0, inactive 7, failed 1). Where systemd is not the running
 * init (containers, other init systems) every action answers "not installed" saying so.
 */
public final class SystemdAgentClass implements AgentClass {
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(20);
    private final ProcessRunner runner;
    private final boolean running;

    public SystemdAgentClass(ProcessRunner runner) {
        this(runner, Files.isDirectory(Path.of("/run/systemd/system")));
    }

    SystemdAgentClass(ProcessRunner runner, boolean systemdRunning) {
        this.runner = runner;
        this.running = systemdRunning;
    }

    @Override
    public String name() {
        return "systemd";
    }

    @Override
    public boolean available() {
        return running;
    }

    private static String unit(String type) {
        return type.contains(".") ? type : type + ".service";
    }

    @Override
    public List<String> list(String provider) {
        if (!running) {
            return List.of();
        }
        try {
            ProcessOutcome o = systemctl(List.of("list-unit-files", "--type=service", "--no-legend", "--no-pager"));
            List<String> names = new ArrayList<>();
            for (String line : o.stdout().split("\n")) {
                String first = line.strip().split("\\s+")[0];
                if (first.endsWith(".service") && !first.contains("@")) {
                    names.add(first.substring(0, first.length() - ".service".length()));
                }
            }
            return names.stream().sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public boolean exists(AgentRef agent) {
        if (!running) {
            return false;
        }
        try {
            ProcessOutcome o = systemctl(List.of("cat", unit(agent.type())));
            return o.exitedNormally() && o.exitCode() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Optional<String> metadataXml(AgentRef agent) {
        return Optional.empty();
    }

    @Override
    public ActionResult execute(ExecutorAction action) throws InterruptedException {
        if (!running) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED,
                    "systemd is not running on this node, so systemd:" + action.agent().type() + " is not available here");
        }
        String unit = unit(action.agent().type());
        String agent = "systemd:" + action.agent().type();
        return switch (action.action()) {
            case "start", "stop", "restart", "reload" -> ResultTranslator.translate(
                    runner.run(List.of("systemctl", action.action(), unit), AgentEnvironment.base(), "", action.timeout()),
                    agent, rc -> rc == 0 ? OcfCode.SUCCESS : OcfCode.ERR_GENERIC);
            case "monitor", "status" -> {
                ProcessOutcome o = runner.run(List.of("systemctl", "is-active", unit), AgentEnvironment.base(), "",
                        action.timeout());
                String state = o.stdout().strip();
                int rc = state.equals("active") || state.equals("reloading") ? OcfCode.SUCCESS
                        : state.equals("inactive") ? OcfCode.NOT_RUNNING : OcfCode.ERR_GENERIC;
                yield ResultTranslator.translate(o, agent, ignored -> rc);
            }
            default -> ActionResult.failed(OcfCode.ERR_UNIMPLEMENTED, OpStatus.NOT_SUPPORTED,
                    agent + " does not support " + action.action());
        };
    }

    private ProcessOutcome systemctl(List<String> args) throws InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add("systemctl");
        argv.addAll(args);
        return runner.run(argv, AgentEnvironment.base(), "", QUERY_TIMEOUT);
    }
}
