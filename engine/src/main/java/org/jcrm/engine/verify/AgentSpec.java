package org.jcrm.engine.verify;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts verify checks a resource against, taken from an agent's meta-data: its parameters (name to
 * whether it is required), the actions it advertises, and the timeout it advises for each action.
 * {@code parametersKnown} is false for agents without meta-data (LSB scripts), which accept anything.
 */
public record AgentSpec(Map<String, Boolean> parameters, boolean parametersKnown, Set<String> actions,
                        Map<String, Duration> advisedTimeouts) {
    public AgentSpec {
        parameters = Map.copyOf(parameters);
        actions = Set.copyOf(actions);
        advisedTimeouts = Map.copyOf(advisedTimeouts);
    }

    /** Whether the agent can be promoted (it advertises promote and demote). */
    public boolean canPromote() {
        return actions.contains("promote") && actions.contains("demote");
    }

    /** The timeout the agent advises for {@code action}, if it says. */
    public Optional<Duration> advisedTimeout(String action) {
        return Optional.ofNullable(advisedTimeouts.get(action));
    }
}
