package org.jcrm.agents;

import java.util.List;
import java.util.Optional;
import org.jcrm.engine.executor.ActionHandler;
import org.jcrm.engine.executor.AgentRef;

/**
 * One class (standard) of resource agents, such as {@code ocf} or {@code lsb}: it lists its agents,
 * fetches their raw meta-data, and runs their actions as an {@link ActionHandler}.
 */
public interface AgentClass extends ActionHandler {
    /** The class name used in agent references ({@code ocf}, {@code lsb}, {@code stonith}, ...). */
    String name();

    /** Whether agents of this class can run on this node at all (systemd needs a running systemd). */
    default boolean available() {
        return true;
    }

    /** The providers of this class (only OCF has them), sorted. */
    default List<String> providers() {
        return List.of();
    }

    /** The agent types of this class, for one provider or all when {@code provider} is null, sorted. */
    List<String> list(String provider);

    /** Whether the agent exists here. */
    boolean exists(AgentRef agent);

    /** The agent's meta-data document, or empty when the agent is missing or gives none. */
    Optional<String> metadataXml(AgentRef agent) throws InterruptedException;
}
