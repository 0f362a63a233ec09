package org.jcrm.shell.verify;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.metadata.ActionInfo;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.metadata.ParameterInfo;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.verify.AgentCatalog;
import org.jcrm.engine.verify.AgentSpec;
import org.jcrm.engine.verify.Values;

/**
 * Verify's view of the agents installed on this machine, read through the agents module's registry.
 * Looks each agent up once per run.
 */
final class RegistryAgentCatalog implements AgentCatalog {
    private final AgentRegistry registry;
    private final Map<String, Optional<AgentSpec>> cache = new HashMap<>();

    RegistryAgentCatalog(AgentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<AgentSpec> find(String standard, String provider, String type) {
        String key = standard + ":" + provider + ":" + type;
        return cache.computeIfAbsent(key, k -> lookup(new AgentRef(standard, provider, type)));
    }

    private Optional<AgentSpec> lookup(AgentRef ref) {
        if (!registry.exists(ref)) {
            return Optional.empty();
        }
        Optional<AgentMetadata> metadata = registry.metadata(ref);
        if (metadata.isEmpty()) {
            return Optional.of(new AgentSpec(Map.of(), false, Set.of(), Map.of()));
        }
        Map<String, Boolean> parameters = new LinkedHashMap<>();
        for (ParameterInfo p : metadata.get().parameters()) {
            // a deprecated parameter is replaced by another (ipaddr by ip): only the replacement is required
            parameters.put(p.name(), p.required() && !p.deprecated());
        }
        Map<String, Duration> timeouts = new HashMap<>();
        for (ActionInfo a : metadata.get().actions()) {
            OptionalLong ms = Values.durationMillis(a.timeout());
            if (ms.isPresent()) {
                timeouts.putIfAbsent(a.name(), Duration.ofMillis(ms.getAsLong()));
            }
        }
        Set<String> actions = metadata.get().actions().stream().map(ActionInfo::name).collect(Collectors.toSet());
        return Optional.of(new AgentSpec(parameters, true, actions, timeouts));
    }
}
