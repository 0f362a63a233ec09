package org.jcrm.engine.executor;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One action to run on this node: which resource, which agent, which action ({@code start},
 * {@code monitor}, ...), its interval (zero for one-shot actions, positive for recurring monitors),
 * its timeout, the resource's instance parameters and the meta attributes passed to the agent
 * (without the {@code CRM_meta_} prefix).
 */
public record ExecutorAction(String resourceId, AgentRef agent, String action, Duration interval,
                             Duration timeout, Map<String, String> parameters, Map<String, String> meta) {
    public ExecutorAction {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(resourceId + " " + action + ": timeout must be positive");
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException(resourceId + " " + action + ": interval is negative");
        }
        parameters = Map.copyOf(parameters);
        meta = Map.copyOf(meta);
    }

    /** A one-shot action with no meta attributes. */
    public static ExecutorAction of(String resourceId, AgentRef agent, String action, Duration timeout,
                                    Map<String, String> parameters) {
        return new ExecutorAction(resourceId, agent, action, Duration.ZERO, timeout, parameters, Map.of());
    }

    /** Whether this action repeats at its interval. */
    public boolean isRecurring() {
        return !interval.isZero();
    }

    /** The same action with another interval. */
    public ExecutorAction withInterval(Duration newInterval) {
        return new ExecutorAction(resourceId, agent, action, newInterval, timeout, parameters, meta);
    }

    /** Pacemaker's operation key, {@code RSC_ACTION_INTERVALMS}. */
    public String key() {
        return resourceId + "_" + action + "_" + interval.toMillis();
    }
}
