package org.jcrm.shell.verify;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Looks each agent up once per run; safe for lookups from several threads at once.
 */
final class RegistryAgentCatalog implements AgentCatalog {
    private final AgentRegistry registry;
    private final Map<String, Optional<AgentSpec>> cache = new ConcurrentHashMap<>();

    RegistryAgentCatalog(AgentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<AgentSpec> find(String standard, String provider, String type) {
        String key = standard + ":" + provider + ":" + type;
        Optional<AgentSpec> known = cache.get(key);
        if (known != null) {
            return known;
        }
        // looked up outside the map's lock: lookups of different agents run in parallel
        Optional<AgentSpec> spec = lookup(new AgentRef(standard, provider, type));
        Optional<AgentSpec> raced = cache.putIfAbsent(key, spec);
        return raced == null ? spec : raced;
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
