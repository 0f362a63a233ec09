package org.jcrm.agents.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.lsb.LsbAgentClass;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.ocf.OcfAgentClass;
import org.jcrm.agents.process.ProcessOutcome;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * Runs an agent through the life cycle the cluster relies on and judges each step. An LSB script gets
 * the sequence of the LSB compatibility check: start, status, start again, stop, status, stop again,
 * expecting 0, 0, 0, 0, 3, 0 (its own codes, unmapped). An OCF agent gets: monitor (7), start (0),
 * monitor (0), start again (0), promote/monitor (8)/demote/monitor (0) when it advertises promote and
 * demote, stop (0), stop again (0), monitor (7). The agent is assumed stopped when the check begins.
 */
public final class LifecycleCheck {
    /** The resource name the agent sees during a check. */
    public static final String INSTANCE = "jcrm-ra-check";
    private final AgentRegistry registry;
    private final Duration timeout;

    public LifecycleCheck(AgentRegistry registry, Duration timeout) {
        this.registry = registry;
        this.timeout = timeout;
    }

    /**
     * Checks {@code agent} with {@code params}.
     *
     * @throws IllegalArgumentException when the agent does not exist or its class cannot be checked
     */
    public CheckReport run(AgentRef agent, Map<String, String> params) throws InterruptedException {
        AgentClass c = registry.agentClass(agent.standard()).orElseThrow(() ->
                new IllegalArgumentException("unknown agent class '" + agent.standard() + "'"));
        if (c instanceof LsbAgentClass lsb) {
            Path script = lsb.locate(agent.type()).orElseThrow(() ->
                    new IllegalArgumentException("init script '" + agent.type() + "' not found"));
            return checkLsb(agent, lsb, script);
        }
        if (c instanceof OcfAgentClass ocf) {
            Path file = ocf.locate(agent.provider(), agent.type()).orElseThrow(() ->
                    new IllegalArgumentException("agent " + agent + " not found"));
            return checkOcf(agent, ocf, file.toString(), params);
        }
        throw new IllegalArgumentException("ra check knows the life cycle of lsb and ocf agents, not "
                + agent.standard());
    }

    private CheckReport checkLsb(AgentRef agent, LsbAgentClass lsb, Path script) throws InterruptedException {
        List<Planned> plan = List.of(
                new Planned("start", "stopped", 0, "start must succeed and return 0"),
                new Planned("status", "running", 0, "status must return 0 while the service runs"),
                new Planned("start", "running", 0, "starting a running service must succeed and return 0"),
                new Planned("stop", "running", 0, "stop must succeed and return 0"),
                new Planned("status", "stopped", 3, "status must return 3 when the service is not running"),
                new Planned("stop", "stopped", 0, "stopping a stopped service must succeed and return 0"));
        List<CheckStep> steps = new ArrayList<>();
        for (Planned s : plan) {
            ProcessOutcome o = lsb.runScript(script, s.action(), timeout);
            String abnormal = o.abnormalEnd();
            String problem = !abnormal.isEmpty() ? s.rule() + ", but the script " + abnormal
                    : o.exitCode() == s.expected() ? "" : s.rule() + ", got " + o.exitCode();
            steps.add(new CheckStep(steps.size() + 1, s.action(), s.situation(), Set.of(s.expected()),
                    o.exitCode(), firstLine(o.stdout() + o.stderr()), problem));
        }
        return new CheckReport(agent.toString(), script.toString(), steps);
    }

    private CheckReport checkOcf(AgentRef agent, OcfAgentClass ocf, String location, Map<String, String> params)
            throws InterruptedException {
        Optional<AgentMetadata> md = registry.metadata(agent);
        boolean promotable = md.isPresent() && md.get().supports("promote") && md.get().supports("demote");
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned("monitor", "stopped", OcfCode.NOT_RUNNING, "a stopped resource must monitor as not running (7)"));
        plan.add(new Planned("start", "stopped", OcfCode.SUCCESS, "start must succeed"));
        plan.add(new Planned("monitor", "running", OcfCode.SUCCESS, "a running resource must monitor as running (0)"));
        plan.add(new Planned("start", "running", OcfCode.SUCCESS, "starting a running resource must succeed"));
        if (promotable) {
            plan.add(new Planned("promote", "running", OcfCode.SUCCESS, "promote must succeed"));
            plan.add(new Planned("monitor", "promoted", OcfCode.RUNNING_PROMOTED, "a promoted resource must monitor as promoted (8)"));
            plan.add(new Planned("demote", "promoted", OcfCode.SUCCESS, "demote must succeed"));
            plan.add(new Planned("monitor", "running", OcfCode.SUCCESS, "a demoted resource must monitor as running (0)"));
        }
        plan.add(new Planned("stop", "running", OcfCode.SUCCESS, "stop must succeed"));
        plan.add(new Planned("stop", "stopped", OcfCode.SUCCESS, "stopping a stopped resource must succeed"));
        plan.add(new Planned("monitor", "stopped", OcfCode.NOT_RUNNING, "a stopped resource must monitor as not running (7)"));
        List<CheckStep> steps = new ArrayList<>();
        for (Planned s : plan) {
            ActionResult r = ocf.execute(new ExecutorAction(INSTANCE, agent, s.action(), Duration.ZERO, timeout,
                    params, Map.of()));
            String problem = r.status() != OpStatus.DONE ? s.rule() + ", but " + r.summary()
                    : r.rc() == s.expected() ? "" : s.rule() + ", got " + r.summary();
            steps.add(new CheckStep(steps.size() + 1, s.action(), s.situation(), Set.of(s.expected()), r.rc(),
                    r.exitReason().isEmpty() ? firstLine(r.output()) : r.exitReason(), problem));
        }
        return new CheckReport(agent.toString(), location, steps);
    }

    /** A step to run: the action, the state it is run in, the code it must give, and the rule. */
    private record Planned(String action, String situation, int expected, String rule) {
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** The expected codes of a step as text, e.g. "0" or "0|7". */
    public static String expectedText(CheckStep step) {
        return step.expected().stream().sorted().map(String::valueOf).collect(Collectors.joining("|"));
    }
}
