package org.jcrm.engine.node.dc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jcrm.engine.executor.AgentRef;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the controller reads from the configuration section beyond the scheduler's answer: operation
 * timeouts, the fence devices and the fencing topology.
 */
final class ConfigLookup {
    static final long DEFAULT_TIMEOUT_MS = 20_000;

    /** A stonith resource: its id, agent and instance parameters. */
    record FenceDeviceRef(String id, AgentRef agent, Map<String, String> params) {
    }

    private final Element root;

    ConfigLookup(StatusDocument doc) {
        this.root = doc.root();
    }

    /** The configured timeout of {@code task} at {@code intervalMs} for a resource (clone suffixes ignored). */
    long timeoutMs(String rsc, String task, long intervalMs) {
        Element p = primitive(rsc);
        if (p == null) {
            return DEFAULT_TIMEOUT_MS;
        }
        Element ops = StatusDocument.first(p, "operations");
        long fallback = DEFAULT_TIMEOUT_MS;
        if (ops != null) {
            for (Element op : StatusDocument.children(ops, "op")) {
                if (!op.getAttribute("name").equals(task) || op.getAttribute("timeout").isEmpty()) {
                    continue;
                }
                long timeout = millis(op.getAttribute("timeout"), DEFAULT_TIMEOUT_MS);
                if (millis(op.getAttribute("interval"), 0) == intervalMs) {
                    return timeout;
                }
                fallback = timeout;
            }
        }
        return fallback;
    }

    /** The resource's meta attributes, for the agent's CRM_meta_ environment. */
    Map<String, String> meta(String rsc) {
        Element p = primitive(rsc);
        Map<String, String> meta = new LinkedHashMap<>();
        if (p != null) {
            for (Element set : StatusDocument.children(p, "meta_attributes")) {
                for (Element nv : StatusDocument.children(set, "nvpair")) {
                    meta.put(nv.getAttribute("name"), nv.getAttribute("value"));
                }
            }
        }
        return meta;
    }

    /**
     * The fencing levels for {@code target}, in order: each level's devices must all succeed. Without
     * a topology for the target, each stonith device that may fence it is a level of its own.
     */
    List<List<FenceDeviceRef>> fenceLevels(String target) {
        Map<String, FenceDeviceRef> devices = new LinkedHashMap<>();
        NodeList prims = root.getElementsByTagName("primitive");
        for (int i = 0; i < prims.getLength(); i++) {
            Element p = (Element) prims.item(i);
            if (p.getAttribute("class").equals("stonith")) {
                devices.put(p.getAttribute("id"), new FenceDeviceRef(p.getAttribute("id"),
                        new AgentRef("stonith", null, p.getAttribute("type")), params(p)));
            }
        }
        TreeMap<Integer, List<FenceDeviceRef>> levels = new TreeMap<>();
        NodeList fl = root.getElementsByTagName("fencing-level");
        for (int i = 0; i < fl.getLength(); i++) {
            Element level = (Element) fl.item(i);
            if (!targets(level, target)) {
                continue;
            }
            List<FenceDeviceRef> list = new ArrayList<>();
            for (String id : level.getAttribute("devices").split(",")) {
                FenceDeviceRef d = devices.get(id.trim());
                if (d != null) {
                    list.add(d);
                }
            }
            levels.put((int) millis(level.getAttribute("index"), i), list);
        }
        if (!levels.isEmpty()) {
            return new ArrayList<>(levels.values());
        }
        List<List<FenceDeviceRef>> each = new ArrayList<>();
        for (FenceDeviceRef d : devices.values()) {
            String hosts = d.params().getOrDefault("pcmk_host_list", "");
            if (hosts.isBlank() || Arrays.asList(hosts.trim().split("[\\s,;]+")).contains(target)) {
                each.add(List.of(d));
            }
        }
        return each;
    }

    private static boolean targets(Element level, String target) {
        if (level.hasAttribute("target")) {
            return level.getAttribute("target").equals(target);
        }
        if (level.hasAttribute("target-pattern")) {
            return Pattern.compile(level.getAttribute("target-pattern")).matcher(target).find();
        }
        return false;
    }

    /** A cluster option from crm_config (the first set that names it), else {@code fallback}. */
    String clusterOption(String name, String fallback) {
        Element configuration = StatusDocument.first(root, "configuration");
        Element crmConfig = configuration == null ? null : StatusDocument.first(configuration, "crm_config");
        if (crmConfig != null) {
            for (Element set : StatusDocument.children(crmConfig, "cluster_property_set")) {
                for (Element nv : StatusDocument.children(set, "nvpair")) {
                    if (nv.getAttribute("name").equals(name)) {
                        return nv.getAttribute("value");
                    }
                }
            }
        }
        return fallback;
    }

    private Element primitive(String rsc) {
        String base = rsc.contains(":") ? rsc.substring(0, rsc.indexOf(':')) : rsc;
        NodeList prims = root.getElementsByTagName("primitive");
        for (int i = 0; i < prims.getLength(); i++) {
            Element p = (Element) prims.item(i);
            if (p.getAttribute("id").equals(base)) {
                return p;
            }
        }
        return null;
    }

    private static Map<String, String> params(Element p) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element set : StatusDocument.children(p, "instance_attributes")) {
            for (Element nv : StatusDocument.children(set, "nvpair")) {
                params.put(nv.getAttribute("name"), nv.getAttribute("value"));
            }
        }
        return params;
    }

    /** Reads a CIB duration (plain seconds, or with ms/s/m/min/h, or ISO 8601 PTnS) in milliseconds. */
    static long millis(String text, long fallback) {
        String t = text == null ? "" : text.trim().toLowerCase();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            if (t.startsWith("pt")) {
                return java.time.Duration.parse(t.toUpperCase()).toMillis();
            }
            int split = 0;
            while (split < t.length() && Character.isDigit(t.charAt(split))) {
                split++;
            }
            long n = Long.parseLong(t.substring(0, split));
            return switch (t.substring(split).trim()) {
                case "ms", "msec" -> n;
                case "", "s", "sec" -> n * 1000;
                case "m", "min" -> n * 60_000;
                case "h", "hr" -> n * 3_600_000;
                default -> fallback;
            };
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
