package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.Ordering;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * The orderings stage: links the actions of a transition. A primitive's own sequence (probe, stop,
 * start, promote, monitor; migrations; fencing first), the bracketing pseudo actions of groups and
 * clones, group member order, and the configured order constraints.
 */
final class OrderingLinker {
    private final WorkingSet ws;
    private final ActionIndex index;

    private OrderingLinker(WorkingSet ws, ActionIndex index) {
        this.ws = ws;
        this.index = index;
    }

    static void link(WorkingSet ws, ActionIndex index) {
        OrderingLinker l = new OrderingLinker(ws, index);
        FencingOrder.link(ws, index.fencing());
        for (Primitive p : ws.primitives()) {
            l.primitive(p);
        }
        for (Resource r : ws.resources()) {
            l.collective(r);
        }
        l.monitorsAfterCollectives();
        for (Ordering o : ws.orderings()) {
            List<Action> firsts = l.endpoints(o.first(), o.firstAction(), true);
            for (Action t : l.endpoints(o.then(), o.thenAction(), false)) {
                firsts.forEach(t::after);
            }
        }
    }

    private void primitive(Primitive p) {
        List<Action> fencing = index.fencing();
        List<Action> stops = index.of(p, "stop");
        List<Action> demotes = index.of(p, "demote");
        List<Action> probes = index.probes(p);
        for (Action start : cloneStarts(p)) {
            probes.forEach(start::after);
        }
        for (Action start : index.of(p, "start")) {
            stops.forEach(start::after);
            probes.forEach(start::after);
            fencing.forEach(start::after);
            index.recurring(p).forEach(m -> m.after(start));
        }
        List<Action> migrateFrom = index.of(p, "migrate_from");
        for (Action to : index.of(p, "migrate_to")) {
            probes.forEach(to::after);
            fencing.forEach(to::after);
            migrateFrom.forEach(from -> from.after(to));
        }
        for (Action stop : stops) {
            migrateFrom.forEach(stop::after);
            demotes.forEach(stop::after);
            afterFencingOfItsNode(stop);
        }
        for (Action demote : demotes) {
            afterFencingOfItsNode(demote);
            index.recurring(p).stream().filter(m -> m.node().equals(demote.node())).forEach(m -> m.after(demote));
        }
        for (Action reload : index.of(p, "reload-agent")) {
            index.recurring(p).forEach(m -> m.after(reload));
        }
        for (Action promote : index.of(p, "promote")) {
            index.of(p, "start").forEach(promote::after);
            index.recurring(p).forEach(m -> m.after(promote));
        }
    }

    /** Actions that only stand for a stop on a node being fenced happen once the fencing is done. */
    private void afterFencingOfItsNode(Action a) {
        if (a.kind() == Action.Kind.PSEUDO) {
            index.fencing().stream().filter(f -> f.node().equals(a.node())).forEach(a::after);
        }
    }

    /** The start pseudo actions of the clones a primitive belongs to: its probes must finish before them. */
    private List<Action> cloneStarts(Primitive p) {
        List<Action> out = new ArrayList<>();
        for (Resource r = p.parent(); r != null; r = r.parent()) {
            Action a = r instanceof CloneResource ? index.pseudo(r, "start") : null;
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Recurring monitors wait until every enclosing collective reports running. */
    private void monitorsAfterCollectives() {
        for (Primitive p : ws.primitives()) {
            for (Resource r = p.parent(); r != null; r = r.parent()) {
                Action running = index.pseudo(r, "running");
                if (running != null) {
                    index.recurring(p).forEach(m -> m.after(running));
                }
            }
        }
    }

    private void collective(Resource r) {
        if (r instanceof Primitive) {
            return;
        }
        for (Resource c : r.children()) {
            collective(c);
        }
        Action start = index.pseudo(r, "start");
        Action running = index.pseudo(r, "running");
        Action stop = index.pseudo(r, "stop");
        Action stopped = index.pseudo(r, "stopped");
        Action promote = index.pseudo(r, "promote");
        Action promoted = index.pseudo(r, "promoted");
        Action demote = index.pseudo(r, "demote");
        Action demoted = index.pseudo(r, "demoted");
        if (start != null) {
            start.after(stopped);
            start.after(demoted);
        }
        if (promote != null) {
            promote.after(running);
            promote.after(stopped);
            promote.after(demoted);
        }
        if (stop != null) {
            stop.after(demoted);
        }
        List<Resource> kids = r.children();
        for (int i = 0; i < kids.size(); i++) {
            Resource k = kids.get(i);
            bracket(start, endpoints(k, "start", false), running, endpoints(k, "start", true));
            bracket(stop, endpoints(k, "stop", false), stopped, endpoints(k, "stop", true));
            bracket(promote, endpoints(k, "promote", false), promoted, endpoints(k, "promote", true));
            bracket(demote, endpoints(k, "demote", false), demoted, endpoints(k, "demote", true));
            if (r instanceof GroupResource g && g.ordered() && i > 0) {
                Resource prev = kids.get(i - 1);
                for (Action a : endpoints(k, "start", false)) {
                    endpoints(prev, "start", true).forEach(a::after);
                }
                for (Action a : endpoints(prev, "stop", false)) {
                    endpoints(k, "stop", true).forEach(a::after);
                }
            }
        }
    }

    private static void bracket(Action begin, List<Action> childBegins, Action end, List<Action> childEnds) {
        for (Action a : childBegins) {
            a.after(begin);
        }
        if (end != null) {
            childEnds.forEach(end::after);
            end.after(begin);
        }
    }

    /** The actions that stand for "r task" as the first (completion) or the then (beginning) side of an ordering. */
    private List<Action> endpoints(Resource r, String task, boolean asFirst) {
        if (r instanceof Primitive p) {
            List<Action> out = new ArrayList<>(index.of(p, task));
            if (!asFirst && task.equals("start")) {
                out.addAll(index.of(p, "migrate_to"));
            }
            return out;
        }
        String name = task;
        if (asFirst) {
            name = switch (task) {
                case "start" -> "running";
                case "stop" -> "stopped";
                case "promote" -> "promoted";
                case "demote" -> "demoted";
                default -> task;
            };
        }
        Action a = index.pseudo(r, name);
        return a == null ? List.of() : List.of(a);
    }
}
