package org.jcrm.engine.scheduler.differential;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws and writes the {@code <constraints>} section: locations (scores on nodes, rules on node
 * attributes), colocations and orders (mandatory or optional, symmetrical or not) between the
 * generated top-level resources, using roles when a side is promotable.
 */
final class ConstraintSection {
    private static final String[] LOCATION_SCORES = {"INFINITY", "-INFINITY", "100", "50", "-100", "200", "10"};
    private static final String[] COLOCATION_SCORES = {"INFINITY", "INFINITY", "-INFINITY", "100", "-50"};

    private final SplittableRandom random;
    private final List<GenNode> nodes;
    private final List<GenResource> resources;
    private final XmlText xml;
    private final Set<String> pairs = new HashSet<>();
    private int next;

    private ConstraintSection(SplittableRandom random, List<GenNode> nodes, List<GenResource> resources, XmlText xml) {
        this.random = random;
        this.nodes = nodes;
        this.resources = resources.stream().filter(r -> r.kind() != GenResource.Kind.FENCE).toList();
        this.xml = xml;
    }

    /** Writes the constraints; with an opt-in cluster every resource gets at least one positive location. */
    static void write(SplittableRandom random, List<GenNode> nodes, List<GenResource> resources, boolean symmetric, XmlText xml) {
        ConstraintSection s = new ConstraintSection(random, nodes, resources, xml);
        xml.open("constraints");
        if (!symmetric) {
            for (GenResource r : s.resources) {
                int allowed = 1 + random.nextInt(Math.min(3, nodes.size()));
                for (int i = 0; i < allowed; i++) {
                    s.nodeLocation(r, String.valueOf(1 + random.nextInt(100)));
                }
            }
        }
        int count = s.resources.isEmpty() ? 0 : random.nextInt(2 + s.resources.size() * 2);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                s.location();
            } else if (pick < 7) {
                s.colocation();
            } else {
                s.order();
            }
        }
        xml.close("constraints");
    }

    private GenResource anyResource() {
        return resources.get(random.nextInt(resources.size()));
    }

    private String nextId(String prefix) {
        return prefix + "-" + (++next);
    }

    private void location() {
        GenResource r = anyResource();
        String score = LOCATION_SCORES[random.nextInt(LOCATION_SCORES.length)];
        if (random.nextBoolean()) {
            nodeLocation(r, score);
            return;
        }
        String id = nextId("loc");
        String role = r.kind() == GenResource.Kind.PROMOTABLE && random.nextBoolean() ? "Promoted" : null;
        xml.open("rsc_location", "id", id, "rsc", r.id());
        xml.open("rule", "id", id + "-rule", "score", score, "role", role);
        if (random.nextBoolean()) {
            xml.empty("expression", "id", id + "-expr", "attribute", "site", "operation", "eq",
                    "value", random.nextBoolean() ? "east" : "west");
        } else {
            xml.empty("expression", "id", id + "-expr", "attribute", "ram", "operation", random.nextBoolean() ? "gt" : "lte",
                    "value", Integer.toString(1 + random.nextInt(64)), "type", "integer");
        }
        xml.close("rule").close("rsc_location");
    }

    private void nodeLocation(GenResource r, String score) {
        GenNode node = nodes.get(random.nextInt(nodes.size()));
        xml.empty("rsc_location", "id", nextId("loc"), "rsc", r.id(), "node", node.name(), "score", score);
    }

    private void colocation() {
        GenResource dependent = anyResource();
        GenResource primary = anyResource();
        if (dependent == primary || !pairs.add(dependent.id() + " " + primary.id()) || pairs.contains(primary.id() + " " + dependent.id())) {
            return;
        }
        String score = COLOCATION_SCORES[random.nextInt(COLOCATION_SCORES.length)];
        String rscRole = dependent.kind() == GenResource.Kind.PROMOTABLE && random.nextBoolean() ? "Promoted" : null;
        String withRole = primary.kind() == GenResource.Kind.PROMOTABLE && random.nextBoolean() ? "Promoted" : null;
        xml.empty("rsc_colocation", "id", nextId("col"), "rsc", dependent.id(), "with-rsc", primary.id(), "score", score,
                "rsc-role", rscRole, "with-rsc-role", withRole);
    }

    private void order() {
        GenResource first = anyResource();
        GenResource then = anyResource();
        if (first == then || !pairs.add(first.id() + " > " + then.id()) || pairs.contains(then.id() + " > " + first.id())) {
            return;
        }
        String kind = random.nextInt(3) == 0 ? "Optional" : "Mandatory";
        String symmetrical = random.nextInt(3) == 0 ? "false" : null;
        String firstAction = first.kind() == GenResource.Kind.PROMOTABLE && random.nextBoolean() ? "promote" : null;
        String thenAction = then.kind() == GenResource.Kind.PROMOTABLE && random.nextInt(3) == 0 ? "promote" : null;
        xml.empty("rsc_order", "id", nextId("ord"), "first", first.id(), "then", then.id(), "kind", kind,
                "symmetrical", symmetrical, "first-action", firstAction, "then-action", thenAction);
    }
}
