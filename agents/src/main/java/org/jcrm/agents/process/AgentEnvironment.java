package org.jcrm.agents.process;

import java.util.HashMap;
import java.util.Map;

/**
 * The base environment for agent processes: this process's environment without variables that belong
 * to the agent protocols (OCF_*, and the HA_* debug switches), so that nothing leaks from the caller
 * into an agent's view of its parameters.
 */
public final class AgentEnvironment {
    /** This process's environment does not change, so it is cleaned once rather than per action. */
    private static final Map<String, String> CLEANED = clean(System.getenv());

    private AgentEnvironment() {
    }

    /** A fresh, mutable copy of the cleaned environment. */
    public static Map<String, String> base() {
        return new HashMap<>(CLEANED);
    }

    private static Map<String, String> clean(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.keySet().removeIf(k -> k.startsWith("OCF_") || k.startsWith("__OCF"));
        env.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        return Map.copyOf(env);
    }
}
