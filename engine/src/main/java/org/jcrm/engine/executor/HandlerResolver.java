package org.jcrm.engine.executor;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@link ActionHandler} that runs actions of an agent. The executor knows agents only
 * through this: the agents module resolves real OCF/LSB/fence handlers, the simulator simulated ones.
 */
@FunctionalInterface
public interface HandlerResolver {
    /** The handler for {@code agent}, or empty when no handler serves its class. */
    Optional<ActionHandler> resolve(AgentRef agent);

    /** A resolver that picks the handler by the agent's class ({@code ocf}, {@code lsb}, ...). */
    static HandlerResolver byStandard(Map<String, ? extends ActionHandler> handlers) {
        Map<String, ? extends ActionHandler> copy = Map.copyOf(handlers);
        return agent -> Optional.ofNullable(copy.get(agent.standard()));
    }
}
