package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.LocationConstraint;
import org.jcrm.engine.scheduler.unpack.OpConfig;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.RemoteNodes;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * The actions stage: creates every action of the transition from the plans, in the order that
 * becomes the graph's synapse order, then has the orderings stage link them.
 */
public final class ActionGraphBuilder {
    private final WorkingSet ws;
    private final Plans plans;
    private final ActionIndex index = new ActionIndex();
    /** The location constraints with resource-discovery=never, read on first use (few clusters have any). */
    private List<LocationConstraint> neverDiscovered;

    private ActionGraphBuilder(WorkingSet ws, Plans plans) {
        this.ws = ws;
        this.plans = plans;
    }

    /** Builds the graph; the returned list is in synapse order. */
    static List<Action> build(WorkingSet ws, Plans plans) {
        ActionGraphBuilder b = new ActionGraphBuilder(ws, plans);
        for (Resource r : ws.processingOrder()) {
            b.resource(r);
        }
        Notifications.addNotifies(ws, plans, b.index);
        b.clusterActions();
        OrderingLinker.link(ws, b.index);
        LoadStopped.add(ws, b.index);
        return b.index.all();
    }

    private Action add(Action.Kind kind, String rscId, Primitive p, String task, long interval, ClusterNode node) {
        return index.add(kind, rscId, p, task, interval, node);
    }

    private Action pseudo(Resource r, String task) {
        return index.pseudo(r, task);
    }

    private void resource(Resource r) {
        if (r instanceof Primitive p) {
            primitive(p);
            return;
        }
        // a clone's graph lists its instances' actions before its own pseudo actions, a group the other way round
        if (r instanceof CloneResource) {
            r.children().forEach(this::resource);
        }
        boolean starts = anyAction(r, "start");
        boolean stops = anyAction(r, "stop");
        boolean promotes = anyAction(r, "promote");
        boolean demotes = anyAction(r, "demote");
        if (starts) {
            add(Action.Kind.PSEUDO, r.id(), null, "start", 0, null);
            add(Action.Kind.PSEUDO, r.id(), null, "running", 0, null);
        }
        if (stops) {
            add(Action.Kind.PSEUDO, r.id(), null, "stop", 0, null);
            add(Action.Kind.PSEUDO, r.id(), null, "stopped", 0, null);
        }
        if (r instanceof CloneResource c && c.promotable()) {
            if (promotes) {
                add(Action.Kind.PSEUDO, r.id(), null, "promote", 0, null);
                add(Action.Kind.PSEUDO, r.id(), null, "promoted", 0, null);
            }
            if (demotes) {
                add(Action.Kind.PSEUDO, r.id(), null, "demote", 0, null);
                add(Action.Kind.PSEUDO, r.id(), null, "demoted", 0, null);
            }
        }
        if (r instanceof GroupResource) {
            r.children().forEach(this::resource);
        }
        if (r instanceof CloneResource c) {
            Notifications.addPseudoActions(c, index);
            cloneProbes(c);
        }
    }

    private boolean anyAction(Resource r, String task) {
        for (Primitive p : r.primitives()) {
            ResourcePlan plan = plans.of(p);
            if (plan.frozen) {
                continue;
            }
            switch (task) {
                case "start" -> { if (plan.starts()) { return true; } }
                case "stop" -> { if (plan.stops()) { return true; } }
                case "promote" -> { if (promotes(plan)) { return true; } }
                case "demote" -> { if (!demotesOn(plan).isEmpty()) { return true; } }
                default -> { }
            }
        }
        return false;
    }

    static boolean promotes(ResourcePlan plan) {
        return plan.next != null && plan.blockedReason == null && plan.promoteBlockedReason == null
                && plan.nextRole == Role.PROMOTED
                && (plan.starts() || plan.roleOn(plan.next) != Role.PROMOTED);
    }

    static List<ClusterNode> demotesOn(ResourcePlan plan) {
        List<ClusterNode> out = new ArrayList<>();
        for (Map.Entry<ClusterNode, Role> e : plan.rsc.activeOn().entrySet()) {
            if (e.getValue() == Role.PROMOTED
                    && (plan.stopOn.contains(e.getKey()) || plan.nextRole != Role.PROMOTED || !e.getKey().equals(plan.next))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private void primitive(Primitive p) {
        ResourcePlan plan = plans.of(p);
        if (!plan.frozen) {
            for (ClusterNode n : demotesOn(plan)) {
                if (!n.unclean()) {
                    add(Action.Kind.RESOURCE, p.id(), p, "demote", 0, n);
                } else {
                    add(Action.Kind.PSEUDO, p.id(), p, "demote", 0, n);
                }
            }
            if (plan.migrate) {
                add(Action.Kind.RESOURCE, p.id(), p, "migrate_to", 0, p.current());
                add(Action.Kind.RESOURCE, p.id(), p, "migrate_from", 0, plan.next);
            }
            for (ClusterNode n : plan.stopOn) {
                if (n.unclean()) {
                    add(Action.Kind.PSEUDO, p.id(), p, "stop", 0, n);
                } else {
                    add(Action.Kind.RESOURCE, p.id(), p, "stop", 0, n);
                }
            }
            if (plan.starts()) {
                add(plan.migrate ? Action.Kind.PSEUDO : Action.Kind.RESOURCE, p.id(), p, "start", 0, plan.next);
            } else if (plan.keepsExpectedInstance() && plan.stops()) {
                add(Action.Kind.PSEUDO, p.id(), p, "start", 0, plan.next); // stands for the start that is not needed
            }
            if (plan.reloads()) {
                add(Action.Kind.RESOURCE, p.id(), p, "reload-agent", 0, plan.next);
            }
            if (promotes(plan)) {
                add(Action.Kind.RESOURCE, p.id(), p, "promote", 0, plan.next);
            }
            monitors(p, plan);
        }
        if (p.cloneAncestor() == null || p.cloneAncestor().unique()) {
            for (ClusterNode n : probeNodes(p)) {
                add(Action.Kind.RESOURCE, p.id(), p, "monitor", 0, n);
            }
        }
    }

    private void monitors(Primitive p, ResourcePlan plan) {
        if (plan.next == null || plan.next.unclean() || plan.blockedReason != null) {
            return;
        }
        boolean fresh = plan.starts() || promotes(plan) || demotesOn(plan).contains(plan.next) || plan.reloads()
                || plan.keepsExpectedInstance();
        for (OpConfig op : p.ops()) {
            if (!op.name().equals("monitor") || op.intervalMs() <= 0 || !op.enabled()) {
                continue;
            }
            if (!roleMatches(op.role(), plan.nextRole)) {
                continue;
            }
            boolean known = p.monitorsOn().getOrDefault(plan.next, java.util.Set.of()).contains(op.intervalMs());
            if (fresh || !known) {
                add(Action.Kind.RESOURCE, p.id(), p, "monitor", op.intervalMs(), plan.next);
            }
        }
    }

    private static boolean roleMatches(Role opRole, Role next) {
        if (opRole == Role.UNKNOWN) {
            return next != Role.PROMOTED;
        }
        if (opRole == Role.STARTED) {
            return next == Role.STARTED || next == Role.UNPROMOTED;
        }
        return opRole == next;
    }

    private List<ClusterNode> probeNodes(Primitive p) {
        List<ClusterNode> out = new ArrayList<>();
        if (p.orphan()) {
            return out;
        }
        for (int i = ws.nodes().size() - 1; i >= 0; i--) {
            ClusterNode n = ws.nodes().get(i);
            if (!n.online() || n.unclean() || n.pending() || p.knownOn().contains(n) || discoveryNever(p, n)
                    || !RemoteNodes.probeable(p, n)) {
                continue;
            }
            out.add(n);
        }
        return out;
    }

    private boolean discoveryNever(Resource r, ClusterNode n) {
        if (neverDiscovered == null) {
            neverDiscovered = ws.locations().stream().filter(lc -> "never".equals(lc.discovery())).toList();
        }
        for (LocationConstraint lc : neverDiscovered) {
            if (lc.resource() == r || lc.resource() == r.top() || (r.parent() != null && lc.resource() == r.parent())) {
                if (lc.node() == null || lc.node().equals(n.uname())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Anonymous clones probe once per node, with the instance placed there or else the first free one. */
    private void cloneProbes(CloneResource c) {
        if (c.unique() || c.children().isEmpty()) {
            return;
        }
        Resource templ = c.template();
        for (int t = 0; t < templ.primitives().size(); t++) {
            for (int i = ws.nodes().size() - 1; i >= 0; i--) {
                ClusterNode n = ws.nodes().get(i);
                Primitive probe = null;
                for (Resource inst : c.children()) {
                    Primitive p = inst.primitives().get(t);
                    if (n.equals(p.assigned())) {
                        probe = p;
                        break;
                    }
                }
                if (probe == null) {
                    for (Resource inst : c.children()) {
                        Primitive p = inst.primitives().get(t);
                        if (p.assigned() == null && p.activeOn().isEmpty()) {
                            probe = p;
                            break;
                        }
                    }
                }
                if (probe == null) {
                    probe = c.children().get(0).primitives().get(t);
                }
                if (!n.online() || n.unclean() || n.pending() || probe.knownOn().contains(n) || discoveryNever(probe, n)
                        || !RemoteNodes.probeable(probe, n)) {
                    continue;
                }
                add(Action.Kind.RESOURCE, probe.id(), probe, "monitor", 0, n);
            }
        }
    }

    private void clusterActions() {
        String stonithAction = ws.option("stonith-action", "reboot");
        if (stonithAction.equals("poweroff")) {
            stonithAction = "off";
        }
        for (ClusterNode n : ws.nodes()) {
            if (n.unclean() && ws.canFence(n)) {
                add(Action.Kind.FENCE, "stonith-" + n.uname(), null, stonithAction, 0, n);
            }
        }
        for (ClusterNode n : ws.nodes()) {
            if (n.shutdown() && n.online() && !n.unclean()) {
                Action shutdown = add(Action.Kind.CLUSTER, "do_shutdown", null, "do_shutdown", 0, n);
                for (Action a : index.all()) {
                    if (n.equals(a.node()) && (a.task().equals("stop") || a.task().equals("demote"))) {
                        shutdown.after(a);
                    }
                }
            }
        }
    }

}
