package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code fencing_topology} with one part per target ({@code node:}, {@code pattern:P},
 * {@code attr:N=V}) listing its devices by level, or the short form {@code fencing_topology DEVS}
 * when there are as many targets as nodes, all with the same devices.
 */
final class FencingTopologyFormatter implements ObjectFormatter {
    /** True when the short form applies but would not read back: its targets are not the nodes. */
    static boolean shortFormMisleads(XmlElement topology, ShowContext context) {
        Map<String, TreeMap<Integer, String>> byTarget = levels(topology);
        java.util.Set<String> distinct = new java.util.HashSet<>();
        byTarget.values().forEach(devices -> distinct.add(String.join(" ", devices.values())));
        if (distinct.size() != 1 || byTarget.size() != context.nodeUnames().size()) {
            return false;
        }
        for (String target : byTarget.keySet()) {
            if (!target.endsWith(":") || !context.nodeUnames().contains(target.substring(0, target.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, TreeMap<Integer, String>> levels(XmlElement topology) {
        Map<String, TreeMap<Integer, String>> byTarget = new LinkedHashMap<>();
        for (XmlElement level : topology.children("fencing-level")) {
            byTarget.computeIfAbsent(target(level), t -> new TreeMap<>())
                    .put(index(level), level.attr("devices"));
        }
        return byTarget;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        Map<String, TreeMap<Integer, String>> byTarget = levels(e);
        List<String> parts = new ArrayList<>();
        parts.add("fencing_topology");
        java.util.Set<String> distinct = new java.util.HashSet<>();
        String devices = "";
        for (Map.Entry<String, TreeMap<Integer, String>> t : byTarget.entrySet()) {
            devices = String.join(" ", t.getValue().values());
            distinct.add(devices);
            parts.add(t.getKey() + " " + devices);
        }
        if (distinct.size() == 1 && byTarget.size() == context.nodeUnames().size()) {
            return "fencing_topology " + devices;
        }
        return CliSyntax.join(parts, context.layout().breakLines);
    }

    private static String target(XmlElement level) {
        if (level.has("target-pattern")) {
            return "pattern:" + level.attr("target-pattern");
        }
        if (level.has("target-attribute")) {
            return "attr:" + level.attr("target-attribute") + "=" + level.attr("target-value");
        }
        return level.attr("target") + ":";
    }

    private static int index(XmlElement level) {
        try {
            return Integer.parseInt(level.attr("index").trim());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("fencing-level " + level.attr("id")
                    + ": index '" + level.attr("index") + "' is not an integer", ex);
        }
    }
}
