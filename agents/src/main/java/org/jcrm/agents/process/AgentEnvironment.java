package org.jcrm.agents.process;

import java.util.HashMap;
import java.util.Map;

/**
 * The base environment for agent processes: this process's environment without variables that belong
 * to the agent protocols (OCF_*, and the HA_* debug switches), so that nothing leaks from the caller
 * into an agent's view of its parameters.
 */
public final class AgentEnvironment {
    private AgentEnvironment() {
    }

    /** A fresh, mutable copy of the cleaned environment. */
    public static Map<String, String> base() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("OCF_") || k.startsWith("__OCF"));
        env.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        return env;
    }
}
