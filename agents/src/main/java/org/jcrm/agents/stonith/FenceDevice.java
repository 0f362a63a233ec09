package org.jcrm.agents.stonith;

import java.util.Map;

/** A configured fence device: its resource id, its agent type ({@code fence_xyz}) and parameters. */
public record FenceDevice(String id, String agentType, Map<String, String> parameters) {
    public FenceDevice {
        parameters = Map.copyOf(parameters);
    }

    /** A parameter's value, or {@code fallback}. */
    public String param(String name, String fallback) {
        return parameters.getOrDefault(name, fallback);
    }
}
