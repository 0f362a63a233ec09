package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.StatusNames;

/**
 * Where the same member of an anonymous clone's instances runs or was probed, node by node: the
 * first instance member active on a node and whether any was probed there. Answers are kept, so
 * scoring every instance on every node visits the instances once per member and node, not once per
 * question; valid while the clone's status does not change (during one placement).
 */
final class SiblingPresence {
    /** The first member of that name active on the node (null if none) and whether one was probed there. */
    record Presence(Primitive active, boolean probed) {
    }

    private final Map<String, List<Primitive>> byBase = new HashMap<>();
    private final Map<String, Map<ClusterNode, Presence>> known = new HashMap<>();

    SiblingPresence(CloneResource clone) {
        for (Resource instance : clone.children()) {
            for (Primitive q : instance.primitives()) {
                byBase.computeIfAbsent(StatusNames.baseName(q.id()), b -> new ArrayList<>()).add(q);
            }
        }
    }

    /** The presence on {@code node} of the members named as {@code p} is (p's id without its instance number). */
    Presence of(Primitive p, ClusterNode node) {
        String base = StatusNames.baseName(p.id());
        return known.computeIfAbsent(base, b -> new HashMap<>()).computeIfAbsent(node, n -> find(base, n));
    }

    private Presence find(String base, ClusterNode node) {
        Primitive active = null;
        boolean probed = false;
        for (Primitive q : byBase.getOrDefault(base, List.of())) {
            active = active == null && q.activeOn().containsKey(node) ? q : active;
            probed |= q.probedOn().contains(node);
        }
        return new Presence(active, probed);
    }
}
