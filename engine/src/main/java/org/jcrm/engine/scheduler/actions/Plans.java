package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.Ordering;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Turns assignments into per-primitive plans (stop here, start there) and applies what mandatory
 * orderings imply: a dependent restarts when what it depends on stops, and cannot start when what it
 * depends on cannot.
 */
final class Plans {
    private final WorkingSet ws;
    final Map<Primitive, ResourcePlan> byRsc = new LinkedHashMap<>();

    Plans(WorkingSet ws) {
        this.ws = ws;
        for (Primitive p : ws.primitivesInProcessingOrder()) {
            byRsc.put(p, initial(p));
        }
        propagate();
    }

    ResourcePlan of(Primitive p) {
        return byRsc.get(p);
    }

    private ResourcePlan initial(Primitive p) {
        ResourcePlan plan = new ResourcePlan(p);
        boolean unmanaged = !p.managed() || ws.maintenanceMode() || p.blocked()
                || p.activeOn().keySet().stream().anyMatch(ClusterNode::maintenance);
        if (unmanaged) {
            plan.frozen = true;
            plan.next = p.current();
            plan.nextRole = p.currentRole();
            return plan;
        }
        boolean multiple = p.activeOn().size() > 1;
        if (multiple && "stop_only".equals(p.meta().get("multiple-active"))) {
            plan.next = null;
            plan.nextRole = Role.STOPPED;
        }
        for (ClusterNode n : p.activeOn().keySet()) {
            if (multiple || !n.equals(plan.next) || p.failedOn().contains(n)) {
                plan.stopOn.add(n);
            }
        }
        if (plan.next != null && p.definitionChangedOn().contains(plan.next) && plan.stopOn.add(plan.next)) {
            plan.restartReason = "resource definition change";
        }
        if (plan.next == null && !plan.stopOn.isEmpty()) {
            plan.stopReason = ws.haveQuorum() || ws.noQuorumPolicy().equals("ignore") ? "node availability" : "no quorum";
        }
        plan.migrate = canMigrate(p, plan);
        return plan;
    }

    private static boolean canMigrate(Primitive p, ResourcePlan plan) {
        if (!org.jcrm.engine.scheduler.unpack.Role.STARTED.equals(p.currentRole()) || p.activeOn().size() != 1
                || p.cloneAncestor() != null || p.isFailed() || !p.pendingOn().isEmpty()) {
            return false;
        }
        String allow = p.meta().get("allow-migrate");
        if (allow == null || !(allow.equalsIgnoreCase("true") || allow.equals("1") || allow.equalsIgnoreCase("yes"))) {
            return false;
        }
        ClusterNode from = p.current();
        return plan.next != null && !plan.next.equals(from) && from.online() && !from.unclean();
    }

    /** A mandatory start-then-start dependency between two resources. */
    private record Dependency(Resource first, Resource then, boolean symmetrical) {
    }

    private List<Dependency> dependencies() {
        List<Dependency> out = new ArrayList<>();
        for (Resource r : ws.resources()) {
            groupChains(r, out);
        }
        for (Ordering o : ws.orderings()) {
            if (o.mandatory() && o.firstAction().equals("start") && o.thenAction().equals("start")) {
                out.add(new Dependency(o.first(), o.then(), o.symmetrical()));
            }
        }
        return out;
    }

    private static void groupChains(Resource r, List<Dependency> out) {
        if (r instanceof GroupResource g && g.ordered()) {
            for (int i = 1; i < g.children().size(); i++) {
                out.add(new Dependency(g.children().get(i - 1), g.children().get(i), true));
            }
        }
        for (Resource c : r.children()) {
            groupChains(c, out);
        }
    }

    private void propagate() {
        List<Dependency> deps = dependencies();
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 50) {
            changed = false;
            for (Dependency d : deps) {
                changed |= apply(d);
            }
        }
    }

    private boolean apply(Dependency d) {
        boolean changed = false;
        boolean firstStops = d.first().primitives().stream().anyMatch(p -> of(p).stops() && !of(p).migrate);
        boolean firstRuns = d.first().primitives().stream().anyMatch(p -> of(p).willBeActive());
        boolean firstStartable = d.first() instanceof CloneResource
                ? firstRuns : d.first().primitives().stream().allMatch(p -> of(p).willBeActive());
        if (d.first() instanceof GroupResource) {
            firstStartable = firstRuns;
        }
        for (Primitive p : d.then().primitives()) {
            ResourcePlan plan = of(p);
            if (plan.frozen) {
                continue;
            }
            boolean forced = firstStops;
            if (d.first() instanceof CloneResource) {
                forced = d.first().primitives().stream()
                        .anyMatch(f -> !of(f).migrate && of(f).stopOn.stream().anyMatch(n -> p.activeOn().containsKey(n)));
            }
            if (d.symmetrical() && forced && plan.active()) {
                for (ClusterNode n : p.activeOn().keySet()) {
                    if (plan.stopOn.add(n) || plan.migrate) {
                        plan.migrate = false;
                        changed = true;
                        plan.restartReason = "required " + d.first().id() + (d.first() instanceof Primitive ? " start" : " running");
                    }
                }
            }
            if ((plan.starts() || plan.next != null && !plan.active()) && !firstStartable) {
                plan.next = null;
                plan.nextRole = Role.STOPPED;
                for (ClusterNode n : p.activeOn().keySet()) {
                    plan.stopOn.add(n);
                }
                plan.migrate = false;
                plan.stopReason = (forced && plan.active() ? "required " : "unrunnable ") + d.first().id() + (d.first() instanceof Primitive ? " start" : " running");
                changed = true;
            }
        }
        return changed;
    }
}
