package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;

/**
 * The actions of a transition being built, in creation order (which becomes the graph's synapse
 * order), with lookups by primitive and by collective pseudo action.
 */
final class ActionIndex {
    private final List<Action> actions = new ArrayList<>();
    private final Map<String, Action> pseudo = new LinkedHashMap<>();
    private final Map<Primitive, List<Action>> byRsc = new LinkedHashMap<>();
    private final List<Action> fencing = new ArrayList<>();

    Action add(Action.Kind kind, String rscId, Primitive p, String task, long interval, ClusterNode node) {
        Action a = new Action(actions.size(), kind, rscId, p, task, interval, node);
        actions.add(a);
        if (p != null) {
            byRsc.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        if (kind == Action.Kind.PSEUDO && p == null) {
            pseudo.put(rscId + "_" + task, a);
        }
        if (kind == Action.Kind.FENCE) {
            fencing.add(a);
        }
        return a;
    }

    List<Action> all() {
        return actions;
    }

    List<Action> fencing() {
        return fencing;
    }

    /** A collective's pseudo action ("start", "running", "pre_notify_stop"...), or null. */
    Action pseudo(Resource r, String task) {
        return pseudo.get(r.id() + "_" + task);
    }

    /** Every action of a primitive. */
    List<Action> of(Primitive p) {
        return byRsc.getOrDefault(p, List.of());
    }

    /** A primitive's non-recurring actions of one task (probes excluded). */
    List<Action> of(Primitive p, String task) {
        List<Action> out = new ArrayList<>();
        for (Action a : of(p)) {
            if (a.task().equals(task) && a.intervalMs() == 0 && !task.equals("monitor")) {
                out.add(a);
            }
        }
        return out;
    }

    List<Action> probes(Primitive p) {
        return of(p).stream().filter(a -> a.task().equals("monitor") && a.intervalMs() == 0).toList();
    }

    List<Action> recurring(Primitive p) {
        return of(p).stream().filter(a -> a.task().equals("monitor") && a.intervalMs() > 0).toList();
    }
}
