package org.jcrm.agents.stonith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.AgentPaths;
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
 * Fence agents ({@code stonith:fence_xyz}), found in jcrm's fence directory and {@code /usr/sbin}.
 * Parameters go to the agent on stdin as {@code key=value} lines, with {@code action=} first and
 * without the cluster's own {@code pcmk_*} parameters. The node to fence is the meta attribute
 * {@link #TARGET_META}; it is passed as {@code nodename=} and, unless {@code pcmk_host_argument=none},
 * as the host argument ({@code port} by default) mapped through {@code pcmk_host_map}. Starting and
 * stopping a fence device registers it with the node and runs no agent; {@code monitor} and the fence
 * actions (off, on, reboot, status, list, validate-all) run the agent. A status of 2 (off) is OCF 7.
 */
public final class FenceAgentClass implements AgentClass, FenceDeviceSelector.DeviceProbe {
    /** The meta attribute naming the node a fence action targets. */
    public static final String TARGET_META = "fence_target";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(20);

    private final AgentPaths paths;
    private final ProcessRunner runner;

    public FenceAgentClass(AgentPaths paths, ProcessRunner runner) {
        this.paths = paths;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "stonith";
    }

    @Override
    public List<String> list(String provider) {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : paths.fenceDirs()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("fence_"))
                        .filter(n -> Files.isExecutable(dir.resolve(n))).forEach(names::add);
            } catch (IOException e) {
                // an unreadable directory lists nothing
            }
        }
        return List.copyOf(names);
    }

    /** The agent's file: the first fence directory holding it. */
    public Optional<Path> locate(String type) {
        if (!type.startsWith("fence_") || type.contains("/")) {
            return Optional.empty();
        }
        return paths.fenceDirs().stream().map(d -> d.resolve(type)).filter(Files::isRegularFile).findFirst();
    }

    @Override
    public boolean exists(AgentRef agent) {
        return locate(agent.type()).isPresent();
    }

    @Override
    public Optional<String> metadataXml(AgentRef agent) throws InterruptedException {
        Optional<Path> file = locate(agent.type());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ProcessOutcome o = runner.run(List.of(file.get().toString(), "-o", "metadata"), AgentEnvironment.base(),
                "", QUERY_TIMEOUT);
        return o.exitedNormally() && o.exitCode() == 0 && !o.stdout().isBlank()
                ? Optional.of(o.stdout()) : Optional.empty();
    }

    @Override
    public ActionResult execute(ExecutorAction action) throws InterruptedException {
        Optional<Path> file = locate(action.agent().type());
        if (file.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED,
                    "fence agent " + action.agent().type() + " not found in " + paths.fenceDirs());
        }
        if (!Files.isExecutable(file.get())) {
            return ActionResult.failed(OcfCode.ERR_PERM, OpStatus.ERROR_HARD,
                    "fence agent " + file.get() + " is not executable");
        }
        String name = action.action();
        if (name.equals("start") || name.equals("stop")) {
            return new ActionResult(OcfCode.SUCCESS, OpStatus.DONE, "", "", Duration.ZERO);
        }
        String agentAction = name.equals("meta-data") ? "metadata" : name;
        ProcessOutcome outcome = runner.run(List.of(file.get().toString()), AgentEnvironment.base(),
                stdin(action, agentAction), action.timeout());
        boolean status = agentAction.equals("status");
        ActionResult r = ResultTranslator.translate(outcome, "stonith:" + action.agent().type(),
                rc -> rc == 0 ? OcfCode.SUCCESS : status && rc == 2 ? OcfCode.NOT_RUNNING : OcfCode.ERR_GENERIC);
        if (r.status() == OpStatus.DONE && r.rc() == OcfCode.ERR_GENERIC && r.exitReason().isEmpty()) {
            return new ActionResult(r.rc(), r.status(), lastLine(outcome.stderr(),
                    "fence agent " + action.agent().type() + " " + agentAction + " exited with "
                            + outcome.exitCode()), r.output(), r.execTime());
        }
        return r;
    }

    /** The stdin text for {@code agentAction}: action, target and the device parameters. */
    static String stdin(ExecutorAction action, String agentAction) {
        StringBuilder sb = new StringBuilder("action=").append(agentAction).append('\n');
        String target = action.meta().get(TARGET_META);
        FenceDevice device = new FenceDevice(action.resourceId(), action.agent().type(), action.parameters());
        if (target != null) {
            sb.append("nodename=").append(target).append('\n');
            String hostArg = device.param("pcmk_host_argument", "port");
            if (!hostArg.equals("none")) {
                sb.append(hostArg).append('=').append(FenceDeviceSelector.plugFor(device, target)).append('\n');
            }
        }
        action.parameters().forEach((k, v) -> {
            if (!k.startsWith("pcmk_") && !k.startsWith("CRM_meta_") && !v.contains("\n")) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        return sb.toString();
    }

    private static String lastLine(String text, String fallback) {
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? fallback : fallback + ": " + last;
    }

    private ExecutorAction query(FenceDevice device, String act, String target) {
        Map<String, String> meta = target == null ? Map.of() : Map.of(TARGET_META, target);
        return new ExecutorAction(device.id(), new AgentRef("stonith", null, device.agentType()), act,
                Duration.ZERO, QUERY_TIMEOUT, device.parameters(), meta);
    }

    @Override
    public Optional<Set<String>> list(FenceDevice device) throws InterruptedException {
        ActionResult r = execute(query(device, "list", null));
        if (!r.is(OcfCode.SUCCESS)) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : r.output().split("\n")) {
            Arrays.stream(line.split("[,\\s]+", 2)).findFirst().filter(s -> !s.isEmpty()).ifPresent(names::add);
        }
        return Optional.of(names);
    }

    @Override
    public boolean reachable(FenceDevice device, String plug) throws InterruptedException {
        Map<String, String> params = new java.util.HashMap<>(device.parameters());
        params.remove("pcmk_host_map");
        ActionResult r = execute(query(new FenceDevice(device.id(), device.agentType(), params), "status", plug));
        return r.is(OcfCode.SUCCESS) || r.is(OcfCode.NOT_RUNNING);
    }
}
