package org.jcrm.shell.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.metadata.ParameterInfo;
import org.jcrm.engine.executor.AgentRef;

/**
 * Agent names and parameters for completion, from the agents installed here. The registry is built
 * on the first completion that needs it, so starting the shell does not pay for scanning agents.
 */
public final class AgentNames {
    private final Supplier<AgentRegistry> factory;
    private AgentRegistry registry;

    public AgentNames(Supplier<AgentRegistry> factory) {
        this.factory = factory;
    }

    /** The registry, created on first use. */
    public AgentRegistry registry() {
        if (registry == null) {
            registry = factory.get();
        }
        return registry;
    }

    /**
     * Candidates for an agent word being typed: classes ({@code ocf:}), then providers
     * ({@code ocf:heartbeat:}), then agent types ({@code ocf:heartbeat:IPaddr2}). Names ending in ':'
     * are partial and completion goes on after them.
     */
    public List<String> candidates(String word) {
        List<String> out = new ArrayList<>();
        String[] parts = word.split(":", -1);
        if (parts.length == 1) {
            registry().classes().forEach(c -> out.add(c + ":"));
        } else if (parts[0].equals("ocf") && parts.length == 2) {
            registry().agentClass("ocf").map(AgentClass::providers)
                    .ifPresent(providers -> providers.forEach(p -> out.add("ocf:" + p + ":")));
        } else if (parts[0].equals("ocf")) {
            types("ocf", parts[1]).forEach(t -> out.add("ocf:" + parts[1] + ":" + t));
        } else {
            types(parts[0], null).forEach(t -> out.add(parts[0] + ":" + t));
        }
        return out;
    }

    /** {@code name=} for each parameter the agent declares; empty when it is unknown here. */
    public List<String> parameters(String agent) {
        List<String> out = new ArrayList<>();
        metadata(agent).ifPresent(m -> {
            for (ParameterInfo p : m.parameters()) {
                if (!p.deprecated()) {
                    out.add(p.name() + "=");
                }
            }
        });
        return out;
    }

    private Optional<AgentMetadata> metadata(String agent) {
        try {
            return registry().metadata(AgentRef.parse(agent));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<String> types(String agentClass, String provider) {
        try {
            return registry().list(agentClass, provider);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
