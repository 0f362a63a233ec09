package org.jcrm.grammar.mapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.FencingLevel;
import org.jcrm.engine.cib.FencingTopology;
import org.jcrm.grammar.ast.FencingTarget;
import org.jcrm.grammar.ast.FencingTopologyDef;

/**
 * Writes a {@code fencing_topology} as crmsh does: levels are numbered per target in source order,
 * levels without a target are repeated for every node already in the CIB (sorted by name), and ids are
 * {@code fencing}, {@code fencing-0}, ...
 */
final class FencingMapper {
    private final IdAllocator ids;

    FencingMapper(IdAllocator ids) {
        this.ids = ids;
    }

    FencingTopology topology(FencingTopologyDef def, List<String> knownNodes) {
        FencingTopology topology = new FencingTopology();
        // crmsh counts per node name, attribute name or pattern, all in one table
        Map<String, Integer> nextIndex = new HashMap<>();
        for (Level level : levels(def, knownNodes)) {
            FencingTarget target = level.target;
            FencingLevel element = new FencingLevel();
            String key;
            if (target.pattern() != null) {
                key = target.pattern();
                element.setTargetPattern(key);
            } else if (target.attribute() != null) {
                key = target.attribute();
                element.setTargetAttribute(key).setTargetValue(target.attributeValue());
            } else {
                key = target.node();
                element.setTarget(key);
            }
            int index = nextIndex.merge(key, 1, Integer::sum);
            element.setIndex(Integer.toString(index)).setDevices(level.devices);
            element.setId(ids.next("fencing"));
            topology.add(element);
        }
        return topology;
    }

    private static List<Level> levels(FencingTopologyDef def, List<String> knownNodes) {
        List<Level> out = new ArrayList<>();
        boolean everyNode = !def.levels().isEmpty() && def.levels().get(0).target() == FencingTarget.ALL_NODES;
        if (everyNode) {
            for (String node : knownNodes.stream().sorted().toList()) {
                for (org.jcrm.grammar.ast.FencingLevel level : def.levels()) {
                    out.add(new Level(new FencingTarget(node, null, null, null), level.devices()));
                }
            }
        } else {
            for (org.jcrm.grammar.ast.FencingLevel level : def.levels()) {
                out.add(new Level(level.target(), level.devices()));
            }
        }
        return out;
    }

    private record Level(FencingTarget target, String devices) {
    }
}
