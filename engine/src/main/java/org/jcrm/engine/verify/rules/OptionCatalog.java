package org.jcrm.engine.verify.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cluster options and meta attributes Pacemaker 2.1.5 knows, with the type of value each takes,
 * and the ones it still accepts but has deprecated.
 */
final class OptionCatalog {
    static final Map<String, OptionType> CLUSTER = new LinkedHashMap<>();
    static final Map<String, OptionType> RESOURCE_META = new LinkedHashMap<>();
    static final Map<String, OptionType> CLONE_META = new LinkedHashMap<>();
    static final Map<String, OptionType> GROUP_META = new LinkedHashMap<>();
    static final Map<String, OptionType> OP_META = new LinkedHashMap<>();
    /** Names Pacemaker understands but warns about, with what to use instead. */
    static final Map<String, String> DEPRECATED_META = Map.of(
            "restart-type", "order and colocation constraints",
            "ordered", "separate order constraints",
            "collocated", "separate colocation constraints");
    /** Cluster options a controller or a tool maintains rather than the user. */
    static final Set<String> MAINTAINED = Set.of("dc-version", "cluster-infrastructure", "cluster-name",
            "last-lrm-refresh", "have-watchdog");

    static {
        OptionType duration = OptionType.DURATION;
        OptionType bool = OptionType.BOOLEAN;
        OptionType integer = OptionType.INTEGER;
        put(CLUSTER, OptionType.TEXT, "dc-version", "cluster-infrastructure", "cluster-name");
        put(CLUSTER, OptionType.oneOf("stop", "freeze", "ignore", "demote", "suicide"), "no-quorum-policy");
        put(CLUSTER, bool, "symmetric-cluster", "maintenance-mode", "start-failure-is-fatal", "enable-startup-probes",
                "shutdown-lock", "stonith-enabled", "have-watchdog", "concurrent-fencing", "startup-fencing",
                "stop-all-resources", "stop-orphan-resources", "stop-orphan-actions", "remove-after-stop", "enable-acl",
                "is-managed-default");
        put(CLUSTER, duration, "shutdown-lock-limit", "stonith-timeout", "priority-fencing-delay", "cluster-delay",
                "dc-deadtime", "cluster-recheck-interval", "election-timeout", "shutdown-escalation",
                "join-integration-timeout", "join-finalization-timeout", "transition-delay", "default-action-timeout",
                "crmd-integration-timeout", "crmd-finalization-timeout", "crmd-transition-delay");
        put(CLUSTER, OptionType.oneOf("reboot", "off", "poweroff"), "stonith-action");
        put(CLUSTER, new OptionType("a duration, 0 or a negative number", v -> v.matches("-?\\d+") || org.jcrm.engine.verify.Values.isDuration(v)),
                "stonith-watchdog-timeout");
        put(CLUSTER, integer, "batch-limit", "migration-limit", "pe-error-series-max", "pe-warn-series-max",
                "pe-input-series-max", "node-action-limit", "stonith-max-attempts", "cluster-ipc-limit",
                "last-lrm-refresh");
        put(CLUSTER, OptionType.oneOf("none", "migrate-on-red", "only-green", "progressive", "custom"),
                "node-health-strategy");
        put(CLUSTER, OptionType.SCORE, "node-health-base", "node-health-green", "node-health-yellow",
                "node-health-red", "default-resource-stickiness");
        put(CLUSTER, OptionType.oneOf("default", "utilization", "minimal", "balanced"), "placement-strategy");
        put(CLUSTER, OptionType.PERCENTAGE, "load-threshold");
        put(CLUSTER, OptionType.oneOf("stop", "panic"), "fence-reaction");

        put(RESOURCE_META, OptionType.SCORE, "priority", "resource-stickiness", "migration-threshold");
        put(RESOURCE_META, new OptionType("a role (Started, Stopped, Promoted, Unpromoted)",
                v -> org.jcrm.engine.verify.Values.ROLES.stream().anyMatch(r -> r.equalsIgnoreCase(v))), "target-role");
        put(RESOURCE_META, bool, "is-managed", "maintenance", "allow-migrate", "critical", "allow-unhealthy-nodes",
                "remote-allow-migrate");
        put(RESOURCE_META, OptionType.oneOf("nothing", "quorum", "fencing", "unfencing"), "requires");
        put(RESOURCE_META, duration, "failure-timeout", "remote-connect-timeout");
        put(RESOURCE_META, OptionType.oneOf("block", "stop_only", "stop_start", "stop_unexpected"), "multiple-active");
        put(RESOURCE_META, OptionType.TEXT, "container-attribute-target", "remote-node", "remote-port", "remote-addr",
                "restart-type", "description");

        put(CLONE_META, integer, "clone-max", "clone-node-max", "clone-min", "promoted-max", "promoted-node-max",
                "master-max", "master-node-max");
        put(CLONE_META, bool, "notify", "globally-unique", "ordered", "interleave", "promotable");
        put(GROUP_META, bool, "ordered", "collocated");

        put(OP_META, duration, "interval", "timeout", "start-delay", "interval-origin");
        put(OP_META, OptionType.oneOf("ignore", "block", "demote", "stop", "restart", "standby", "fence",
                "restart-container"), "on-fail");
        put(OP_META, bool, "record-pending", "enabled");
        put(OP_META, OptionType.oneOf("nothing", "quorum", "fencing", "unfencing"), "requires");
        put(OP_META, new OptionType("a role", org.jcrm.engine.verify.Values::isRole), "role");
        put(OP_META, OptionType.TEXT, "name", "description");
    }

    private OptionCatalog() {
    }

    private static void put(Map<String, OptionType> map, OptionType type, String... names) {
        for (String n : names) {
            map.put(n, type);
        }
    }
}
