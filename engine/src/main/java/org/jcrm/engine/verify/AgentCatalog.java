package org.jcrm.engine.verify;

import java.util.Optional;

/**
 * What verify needs to know about resource agents, implemented by the agents module (engine cannot
 * depend on it) and wired in by the shell. {@link #NONE} knows no agents, so agent checks are skipped.
 */
public interface AgentCatalog {
    /**
     * The meta-data of the agent {@code standard[:provider]:type} (standard "ocf", "lsb", "systemd",
     * "service", "stonith"); empty when it is not installed on this machine.
     */
    Optional<AgentSpec> find(String standard, String provider, String type);

    /** Whether this catalog can look agents up at all (false: skip agent checks without a warning). */
    default boolean available() {
        return true;
    }

    /** A catalog that knows no agents. */
    AgentCatalog NONE = new AgentCatalog() {
        @Override
        public Optional<AgentSpec> find(String standard, String provider, String type) {
            return Optional.empty();
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
