package org.jcrm.shell.complete;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed names of crm syntax that completion offers, with their known values: resource meta
 * attributes, cluster properties, operation names and operation attributes.
 */
public final class Vocabulary {
    private static final List<String> BOOLEAN = List.of("true", "false");

    /** Resource meta attributes and their values (an empty list: any value). */
    public static final Map<String, List<String>> META = ordered(
            "target-role", List.of("Started", "Stopped", "Promoted", "Unpromoted"),
            "is-managed", BOOLEAN,
            "maintenance", BOOLEAN,
            "priority", List.of(),
            "resource-stickiness", List.of(),
            "migration-threshold", List.of(),
            "failure-timeout", List.of(),
            "multiple-active", List.of("block", "stop_only", "stop_start", "stop_unexpected"),
            "allow-migrate", BOOLEAN,
            "requires", List.of("nothing", "quorum", "fencing", "unfencing"),
            "critical", BOOLEAN,
            "description", List.of(),
            "globally-unique", BOOLEAN,
            "clone-max", List.of(),
            "clone-node-max", List.of(),
            "clone-min", List.of(),
            "promotable", BOOLEAN,
            "promoted-max", List.of(),
            "promoted-node-max", List.of(),
            "interleave", BOOLEAN,
            "ordered", BOOLEAN,
            "notify", BOOLEAN);

    /** Cluster properties and their values. */
    public static final Map<String, List<String>> PROPERTIES = ordered(
            "stonith-enabled", BOOLEAN,
            "no-quorum-policy", List.of("stop", "freeze", "ignore", "demote", "suicide"),
            "symmetric-cluster", BOOLEAN,
            "maintenance-mode", BOOLEAN,
            "stop-all-resources", BOOLEAN,
            "stonith-action", List.of("reboot", "off"),
            "stonith-timeout", List.of(),
            "cluster-recheck-interval", List.of(),
            "placement-strategy", List.of("default", "utilization", "minimal", "balanced"),
            "start-failure-is-fatal", BOOLEAN,
            "startup-fencing", BOOLEAN,
            "concurrent-fencing", BOOLEAN,
            "batch-limit", List.of(),
            "migration-limit", List.of(),
            "shutdown-lock", BOOLEAN,
            "cluster-name", List.of());

    /** Operation names. */
    public static final List<String> OPERATIONS = List.of("start", "stop", "monitor", "promote", "demote", "notify",
            "migrate_to", "migrate_from", "reload", "reload-agent", "meta-data", "validate-all");

    /** Operation attributes and their values. */
    public static final Map<String, List<String>> OP_ATTRIBUTES = ordered(
            "interval", List.of(),
            "timeout", List.of(),
            "on-fail", List.of("ignore", "block", "stop", "restart", "standby", "fence", "demote"),
            "role", List.of("Started", "Stopped", "Promoted", "Unpromoted"),
            "start-delay", List.of(),
            "record-pending", BOOLEAN,
            "enabled", BOOLEAN,
            "OCF_CHECK_LEVEL", List.of());

    private Vocabulary() {
    }

    /**
     * Candidates for a {@code name=value} word: {@code name=} for every name while no '=' is typed,
     * then {@code name=value} for the known values of the name typed.
     */
    public static List<String> assignments(Map<String, List<String>> names, String word) {
        List<String> out = new ArrayList<>();
        int eq = word.indexOf('=');
        if (eq < 0) {
            names.keySet().forEach(n -> out.add(n + "="));
        } else {
            String name = word.substring(0, eq);
            names.getOrDefault(name, List.of()).forEach(v -> out.add(name + "=" + v));
        }
        return out;
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], values);
        }
        return map;
    }
}
