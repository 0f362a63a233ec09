package org.jcrm.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jcrm.agents.lsb.LsbAgentClass;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.metadata.MetadataException;
import org.jcrm.agents.metadata.MetadataParser;
import org.jcrm.agents.ocf.OcfAgentClass;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.agents.stonith.FenceAgentClass;
import org.jcrm.agents.systemd.ServiceAgentClass;
import org.jcrm.agents.systemd.SystemdAgentClass;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.HandlerResolver;

/**
 * The agents of this node by class: what exists ({@link #classes()}, {@link #providers(String)},
 * {@link #list(String, String)}), what each agent declares ({@link #metadata(AgentRef)}, fetched once
 * per agent and cached), and the handlers that run them ({@link #resolver()} for the executor).
 */
public final class AgentRegistry {
    private final Map<String, AgentClass> classes = new LinkedHashMap<>();
    private final Map<AgentRef, Optional<AgentMetadata>> metadataCache = new ConcurrentHashMap<>();
    private final Map<AgentRef, String> metadataErrors = new ConcurrentHashMap<>();
    private final MetadataParser parser = new MetadataParser();

    /** A registry of the given classes, keyed by their names. */
    public AgentRegistry(List<AgentClass> agentClasses) {
        for (AgentClass c : agentClasses) {
            classes.put(c.name(), c);
        }
    }

    /** The standard classes (ocf, lsb, service, systemd, stonith) over {@code paths}. */
    public static AgentRegistry standard(AgentPaths paths) {
        ProcessRunner runner = new ProcessRunner();
        LsbAgentClass lsb = new LsbAgentClass(paths.lsbDir(), runner);
        SystemdAgentClass systemd = new SystemdAgentClass(runner);
        return new AgentRegistry(List.of(new OcfAgentClass(paths, runner), lsb,
                new ServiceAgentClass(systemd, lsb), systemd, new FenceAgentClass(paths, runner)));
    }

    /** The standard classes over {@link AgentPaths#standard()}. */
    public static AgentRegistry standard() {
        return standard(AgentPaths.standard());
    }

    /** The class names, in a fixed order; classes unavailable on this node are left out. */
    public List<String> classes() {
        List<String> names = new ArrayList<>();
        classes.values().stream().filter(AgentClass::available).forEach(c -> names.add(c.name()));
        return names;
    }

    /** The class called {@code name}, if known. */
    public Optional<AgentClass> agentClass(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** The OCF providers that have an agent of type {@code type}. */
    public List<String> providers(String type) {
        AgentClass ocf = classes.get("ocf");
        return ocf instanceof OcfAgentClass o ? o.providersOf(type) : List.of();
    }

    /**
     * The agents of {@code agentClass}, of one provider or all when {@code provider} is null.
     *
     * @throws IllegalArgumentException for an unknown class
     */
    public List<String> list(String agentClass, String provider) {
        AgentClass c = classes.get(agentClass);
        if (c == null) {
            throw new IllegalArgumentException("unknown agent class '" + agentClass + "' (known: "
                    + String.join(", ", classes.keySet()) + ")");
        }
        return c.list(provider);
    }

    /** Whether the agent exists on this node. */
    public boolean exists(AgentRef agent) {
        AgentClass c = classes.get(agent.standard());
        return c != null && c.exists(agent);
    }

    /**
     * The agent's parsed meta-data, empty when the agent is missing, gives none, or gives XML that does
     * not parse (then {@link #metadataError(AgentRef)} says why). Fetched once per agent.
     */
    public Optional<AgentMetadata> metadata(AgentRef agent) {
        Optional<AgentMetadata> cached = metadataCache.get(agent);
        if (cached != null) {
            return cached;
        }
        Optional<AgentMetadata> fetched = fetch(agent);
        if (Thread.currentThread().isInterrupted()) {
            return fetched; // an interrupted fetch says nothing about the agent: do not cache it
        }
        Optional<AgentMetadata> raced = metadataCache.putIfAbsent(agent, fetched);
        return raced != null ? raced : fetched;
    }

    /** Why the last {@link #metadata(AgentRef)} of {@code agent} came back empty, if it did. */
    public Optional<String> metadataError(AgentRef agent) {
        return Optional.ofNullable(metadataErrors.get(agent));
    }

    /** Forgets cached meta-data (after agents were installed or upgraded). */
    public void clearCache() {
        metadataCache.clear();
        metadataErrors.clear();
    }

    private Optional<AgentMetadata> fetch(AgentRef agent) {
        AgentClass c = classes.get(agent.standard());
        if (c == null) {
            metadataErrors.put(agent, "unknown agent class '" + agent.standard() + "'");
            return Optional.empty();
        }
        try {
            Optional<String> xml = c.metadataXml(agent);
            if (xml.isEmpty()) {
                metadataErrors.put(agent, c.exists(agent) ? "agent " + agent + " gave no meta-data"
                        : "agent " + agent + " not found");
                return Optional.empty();
            }
            return Optional.of(parser.parse(xml.get(), agent.toString()));
        } catch (MetadataException e) {
            metadataErrors.put(agent, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metadataErrors.put(agent, "interrupted while reading meta-data of " + agent);
            return Optional.empty();
        }
    }

    /** The executor's view: each agent's class is its handler. */
    public HandlerResolver resolver() {
        return agent -> Optional.ofNullable(classes.get(agent.standard()));
    }
}
