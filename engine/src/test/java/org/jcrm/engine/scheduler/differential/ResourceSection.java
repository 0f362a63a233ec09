package org.jcrm.engine.scheduler.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws and writes the {@code <resources>} section: Dummy and IPaddr2 primitives, groups, anonymous,
 * unique and promotable clones (of primitives or groups) and fence devices, with meta attributes
 * such as stickiness, migration-threshold, failure-timeout, target-role and is-managed.
 */
final class ResourceSection {
    private static final String[] STICKINESS = {"0", "1", "50", "100", "INFINITY"};

    private final SplittableRandom random;
    private final List<GenNode> nodes;
    private final XmlText xml;
    private final List<GenResource> drawn = new ArrayList<>();
    private int ip;

    private ResourceSection(SplittableRandom random, List<GenNode> nodes, XmlText xml) {
        this.random = random;
        this.nodes = nodes;
        this.xml = xml;
    }

    /** Writes one to six top-level resources, plus a fence device when {@code fencing}. */
    static List<GenResource> write(SplittableRandom random, List<GenNode> nodes, boolean fencing, XmlText xml) {
        ResourceSection s = new ResourceSection(random, nodes, xml);
        xml.open("resources");
        if (fencing) {
            s.fence("fence1");
        }
        int count = 1 + random.nextInt(6);
        for (int i = 1; i <= count; i++) {
            s.topLevel(i);
        }
        xml.close("resources");
        return s.drawn;
    }

    private void topLevel(int n) {
        int pick = random.nextInt(10);
        if (pick < 4) {
            String id = "rsc" + n;
            drawn.add(new GenResource(id, GenResource.Kind.PRIMITIVE, List.of(primitive(id, false, true)), 1));
        } else if (pick < 6) {
            String id = "grp" + n;
            drawn.add(new GenResource(id, GenResource.Kind.GROUP, group(id, true), 1));
        } else if (pick < 8) {
            clone(n, random.nextInt(4) == 0 ? GenResource.Kind.UNIQUE_CLONE : GenResource.Kind.CLONE);
        } else {
            clone(n, GenResource.Kind.PROMOTABLE);
        }
    }

    private void fence(String id) {
        xml.open("primitive", "id", id, "class", "stonith", "type", "fence_xvm");
        String set = id + "-instance_attributes";
        xml.open("instance_attributes", "id", set);
        StringBuilder hosts = new StringBuilder();
        for (GenNode node : nodes) {
            hosts.append(hosts.isEmpty() ? "" : " ").append(node.name());
        }
        xml.empty("nvpair", "id", set + "-pcmk_host_list", "name", "pcmk_host_list", "value", hosts.toString());
        xml.close("instance_attributes");
        operations(id, false);
        xml.close("primitive");
        drawn.add(new GenResource(id, GenResource.Kind.FENCE,
                List.of(new GenResource.Instance(id, id, "stonith", null, "fence_xvm", false, Map.of("pcmk_host_list", hosts.toString()))), 1));
    }

    private List<GenResource.Instance> group(String id, boolean withMeta) {
        xml.open("group", "id", id);
        if (withMeta) {
            meta(id, false);
        }
        List<GenResource.Instance> members = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            members.add(primitive(id + "-" + (char) ('a' + i), false, false));
        }
        xml.close("group");
        return members;
    }

    private void clone(int n, GenResource.Kind kind) {
        boolean promotable = kind == GenResource.Kind.PROMOTABLE;
        String id = (promotable ? "ms" : "cln") + n;
        xml.open("clone", "id", id);
        String set = id + "-meta_attributes";
        xml.open("meta_attributes", "id", set);
        nv(set, "interleave", random.nextBoolean() ? "true" : "false");
        if (promotable) {
            nv(set, "promotable", "true");
            nv(set, "promoted-max", random.nextInt(4) == 0 ? "2" : "1");
        }
        if (kind == GenResource.Kind.UNIQUE_CLONE) {
            nv(set, "globally-unique", "true");
            nv(set, "clone-node-max", random.nextBoolean() ? "2" : "1");
        }
        int cloneMax = random.nextInt(3) == 0 ? 1 + random.nextInt(nodes.size()) : nodes.size();
        if (cloneMax != nodes.size() || kind == GenResource.Kind.UNIQUE_CLONE) {
            nv(set, "clone-max", Integer.toString(cloneMax));
        }
        if (random.nextInt(4) == 0) {
            nv(set, "resource-stickiness", STICKINESS[random.nextInt(STICKINESS.length)]);
        }
        if (random.nextInt(12) == 0) {
            nv(set, "target-role", "Stopped");
        }
        xml.close("meta_attributes");
        List<GenResource.Instance> primitives;
        if (!promotable && random.nextInt(4) == 0) {
            primitives = group(id + "-grp", false);
        } else {
            primitives = List.of(primitive(id + "-rsc", promotable, false));
        }
        xml.close("clone");
        List<GenResource.Instance> instances = new ArrayList<>();
        int nodeMax = 1;
        if (kind == GenResource.Kind.UNIQUE_CLONE) {
            for (int i = 0; i < cloneMax; i++) {
                for (GenResource.Instance p : primitives) {
                    instances.add(p.numbered(i));
                }
            }
            nodeMax = cloneMax;
        } else {
            instances.addAll(primitives);
        }
        drawn.add(new GenResource(id, kind, instances, nodeMax));
    }

    private GenResource.Instance primitive(String id, boolean promotable, boolean withMeta) {
        String provider;
        String type;
        if (promotable) {
            provider = "pacemaker";
            type = "Stateful";
        } else if (random.nextInt(3) == 0) {
            provider = "heartbeat";
            type = "IPaddr2";
        } else {
            provider = "pacemaker";
            type = "Dummy";
        }
        xml.open("primitive", "id", id, "class", "ocf", "provider", provider, "type", type);
        Map<String, String> params = new LinkedHashMap<>();
        if (type.equals("IPaddr2")) {
            params.put("ip", "192.168.122." + (10 + ip++));
            params.put("cidr_netmask", "24");
        } else if (random.nextInt(3) == 0) {
            params.put("state", "/run/" + id + ".state");
        }
        if (!params.isEmpty()) {
            String set = id + "-instance_attributes";
            xml.open("instance_attributes", "id", set);
            params.forEach((name, value) -> nv(set, name, value));
            xml.close("instance_attributes");
        }
        if (withMeta || random.nextInt(4) == 0) {
            meta(id, type.equals("Dummy"));
        }
        operations(id, promotable);
        xml.close("primitive");
        return new GenResource.Instance(id, id, "ocf", provider, type, promotable, params);
    }

    private void meta(String id, boolean migratable) {
        String set = id + "-meta_attributes";
        List<String[]> pairs = new ArrayList<>();
        if (random.nextBoolean()) {
            pairs.add(new String[] {"resource-stickiness", STICKINESS[random.nextInt(STICKINESS.length)]});
        }
        if (random.nextInt(3) == 0) {
            pairs.add(new String[] {"migration-threshold", Integer.toString(1 + random.nextInt(3))});
        }
        if (random.nextInt(4) == 0) {
            pairs.add(new String[] {"failure-timeout", "60s"});
        }
        if (random.nextInt(10) == 0) {
            pairs.add(new String[] {"target-role", "Stopped"});
        }
        if (random.nextInt(15) == 0) {
            pairs.add(new String[] {"is-managed", "false"});
        }
        if (migratable && random.nextInt(4) == 0) {
            pairs.add(new String[] {"allow-migrate", "true"});
        }
        if (pairs.isEmpty()) {
            return;
        }
        xml.open("meta_attributes", "id", set);
        for (String[] p : pairs) {
            nv(set, p[0], p[1]);
        }
        xml.close("meta_attributes");
    }

    private void operations(String id, boolean promotable) {
        xml.open("operations");
        if (promotable) {
            xml.empty("op", "id", id + "-monitor-10s", "name", "monitor", "interval", "10s", "role", "Promoted");
            xml.empty("op", "id", id + "-monitor-11s", "name", "monitor", "interval", "11s", "role", "Unpromoted");
        } else {
            String interval = id.startsWith("fence") ? "60s" : "10s";
            String onFail = random.nextInt(12) == 0 ? (random.nextBoolean() ? "stop" : "block") : null;
            xml.empty("op", "id", id + "-monitor-" + interval, "name", "monitor", "interval", interval, "on-fail", onFail);
        }
        xml.close("operations");
    }

    private void nv(String set, String name, String value) {
        xml.empty("nvpair", "id", set + "-" + name, "name", name, "value", value);
    }
}
