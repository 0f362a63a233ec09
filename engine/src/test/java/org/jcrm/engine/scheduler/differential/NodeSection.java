package org.jcrm.engine.scheduler.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws the cluster's nodes and writes the {@code <nodes>} section: names, attributes and standby. */
final class NodeSection {
    private static final GenNode.State[] STATES = {
        GenNode.State.UP, GenNode.State.UP, GenNode.State.UP, GenNode.State.UP, GenNode.State.UP,
        GenNode.State.STANDBY, GenNode.State.DOWN, GenNode.State.UNCLEAN,
    };

    private NodeSection() {
    }

    /** Two to eight nodes; at least one is up so that something can run. */
    static List<GenNode> draw(SplittableRandom random) {
        int count = 2 + random.nextInt(7);
        List<GenNode> nodes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            GenNode.State state = i == 1 ? GenNode.State.UP : STATES[random.nextInt(STATES.length)];
            Map<String, String> attrs = new LinkedHashMap<>();
            if (random.nextInt(3) > 0) {
                attrs.put("site", random.nextBoolean() ? "east" : "west");
            }
            if (random.nextBoolean()) {
                attrs.put("ram", Integer.toString(1 + random.nextInt(64)));
            }
            nodes.add(new GenNode(Integer.toString(i), "node" + i, state, attrs));
        }
        return nodes;
    }

    static void write(List<GenNode> nodes, XmlText xml) {
        xml.open("nodes");
        for (GenNode n : nodes) {
            boolean standby = n.state() == GenNode.State.STANDBY;
            if (n.attributes().isEmpty() && !standby) {
                xml.empty("node", "id", n.id(), "uname", n.name());
                continue;
            }
            xml.open("node", "id", n.id(), "uname", n.name());
            String set = "nodes-" + n.id();
            xml.open("instance_attributes", "id", set);
            for (Map.Entry<String, String> a : n.attributes().entrySet()) {
                xml.empty("nvpair", "id", set + "-" + a.getKey(), "name", a.getKey(), "value", a.getValue());
            }
            if (standby) {
                xml.empty("nvpair", "id", set + "-standby", "name", "standby", "value", "on");
            }
            xml.close("instance_attributes").close("node");
        }
        xml.close("nodes");
    }
}
