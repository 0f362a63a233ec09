package org.jcrm.agents.metadata;

import java.util.List;
import java.util.Optional;

/**
 * An agent's parsed meta-data: its name, version, descriptions, parameters and advertised actions, in
 * the order the agent lists them.
 */
public record AgentMetadata(String name, String version, String shortdesc, String longdesc,
                            List<ParameterInfo> parameters, List<ActionInfo> actions) {
    public AgentMetadata {
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    /** The parameter called {@code name}, if declared. */
    public Optional<ParameterInfo> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether the agent advertises {@code action} (e.g. "promote"). */
    public boolean supports(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }

    /** The first advertised entry for {@code action}, if any. */
    public Optional<ActionInfo> action(String action) {
        return actions.stream().filter(a -> a.name().equals(action)).findFirst();
    }
}
