package org.jcrm.engine.executor;

import java.util.Locale;
import java.util.Objects;

/**
 * Names a resource agent the way the CIB does: its class (standard), its provider (OCF only) and its
 * type, as in {@code ocf:heartbeat:IPaddr2}, {@code lsb:ntp} or {@code stonith:fence_ipmilan}.
 */
public record AgentRef(String standard, String provider, String type) {
    public AgentRef {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(type, "type");
        standard = standard.toLowerCase(Locale.ROOT);
        if (provider != null && provider.isEmpty()) {
            provider = null;
        }
        if (type.isEmpty()) {
            throw new IllegalArgumentException("agent type is empty");
        }
    }

    /**
     * Parses {@code class:provider:type}, {@code class:type} or a bare {@code type} (taken as
     * {@code ocf:heartbeat:type}, the crm shell's default).
     *
     * @throws IllegalArgumentException when the text has more than three parts or an empty part
     */
    public static AgentRef parse(String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("bad agent name '" + text + "': empty part");
            }
        }
        return switch (parts.length) {
            case 1 -> new AgentRef("ocf", "heartbeat", parts[0]);
            case 2 -> new AgentRef(parts[0], null, parts[1]);
            case 3 -> new AgentRef(parts[0], parts[1], parts[2]);
            default -> throw new IllegalArgumentException(
                    "bad agent name '" + text + "': expected class:provider:type");
        };
    }

    @Override
    public String toString() {
        return provider == null ? standard + ":" + type : standard + ":" + provider + ":" + type;
    }
}
