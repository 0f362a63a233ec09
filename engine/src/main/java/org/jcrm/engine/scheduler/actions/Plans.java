package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.Colocation;
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
    /** The nodes where some resource inside each container failed (read once the plans start). */
    private Map<Resource, Set<ClusterNode>> fillerFailures;

    Plans(WorkingSet ws) {
        this.ws = ws;
        for (Primitive p : ws.primitivesInProcessingOrder()) {
            byRsc.put(p, initial(p));
        }
        propagate();
        blockPromotionsWithBlockedPrimary();
        BlockedStops.apply(ws, this);
    }

    ResourcePlan of(Primitive p) {
        return byRsc.get(p);
    }

    /**
     * An instance that must be promoted with a primitive (mandatory colocation in the Promoted role)
     * still starts where that primitive cannot, but its promotion waits on the primitive.
     */
    private void blockPromotionsWithBlockedPrimary() {
        for (Colocation c : ws.colocations()) {
            if (c.score() < Score.INF || c.dependentRole() != Role.PROMOTED || !(c.primary() instanceof Primitive primary)) {
                continue;
            }
            ResourcePlan primaryPlan = of(primary);
            if (primaryPlan.blockedReason == null || primaryPlan.next == null) {
                continue;
            }
            for (Primitive p : c.dependent().primitives()) {
                ResourcePlan plan = of(p);
                if (plan.nextRole == Role.PROMOTED && primaryPlan.next.equals(plan.next) && plan.blockedReason == null) {
                    plan.promoteBlockedReason = "colocation with " + primary.id();
                }
            }
        }
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
            // stop_unexpected leaves the instance where it belongs alone and stops only the others
            boolean keep = multiple && plan.keepsExpectedInstance() && n.equals(plan.next) && !p.failedOn().contains(n);
            if (!keep && (multiple || !n.equals(plan.next) || p.failedOn().contains(n) || n.unclean())) {
                plan.stopOn.add(n);
            }
        }
        ClusterNode only = p.current();
        if (only != null && only.unclean() && !ws.canFence(only) && plan.stopOn.contains(only)) {
            // it can neither be stopped there nor be known stopped by fencing: it stays, blocked
            plan.frozen = true;
            plan.stopBlocked = true;
            plan.blockedStopReason = plan.next == null ? "node availability" : null;
            plan.next = only;
            plan.nextRole = p.currentRole();
            return plan;
        }
        if (plan.next != null && p.definitionChangedOn().contains(plan.next) && plan.stopOn.add(plan.next)) {
            plan.restartReason = "resource definition change";
        }
        if (plan.restartReason != null && !ws.haveQuorum() && "freeze".equals(ws.noQuorumPolicy())) {
            // without quorum nothing starts: the restart is only a stop
            plan.next = null;
            plan.nextRole = Role.STOPPED;
            plan.stopReason = plan.restartReason;
        }
        if (plan.next != null && p.activeOn().containsKey(plan.next) && fillerFailedOn(p, plan.next)) {
            plan.stopOn.add(plan.next); // a failure inside a container is recovered by restarting the container
        }
        if (plan.next == null && !plan.stopOn.isEmpty() && plan.stopReason == null) {
            plan.stopReason = "no quorum".equals(p.startBlocked()) ? "no quorum" : "node availability";
        }
        if (p.startBlocked() != null && p.activeOn().isEmpty()) {
            plan.blockedReason = p.startBlocked();
        }
        plan.migrate = canMigrate(p, plan);
        return plan;
    }

    /** Whether a resource running inside {@code container} has failed on {@code node}. */
    private boolean fillerFailedOn(Primitive container, ClusterNode node) {
        if (fillerFailures == null) {
            fillerFailures = new HashMap<>();
            for (Primitive filler : ws.primitives()) {
                if (filler.container() != null) {
                    fillerFailures.computeIfAbsent(filler.container(), c -> new HashSet<>()).addAll(filler.failedOn());
                }
            }
        }
        return fillerFailures.getOrDefault(container, Set.of()).contains(node);
    }

    private static boolean canMigrate(Primitive p, ResourcePlan plan) {
        if (!org.jcrm.engine.scheduler.unpack.Role.STARTED.equals(p.currentRole()) || p.activeOn().size() != 1
                || p.cloneAncestor() != null || p.isFailed() || !p.pendingOn().isEmpty()) {
            return false;
        }
        if (!p.allowsMigration()) {
            return false;
        }
        ClusterNode from = p.current();
        return plan.next != null && !plan.next.equals(from) && from.online() && !from.unclean();
    }

    /** A mandatory start-then-start dependency between two resources. */
    private record Dependency(String id, Resource first, Resource then, boolean symmetrical, boolean requireAll) {
    }

    private List<Dependency> dependencies() {
        List<Dependency> out = new ArrayList<>();
        for (Resource r : ws.resources()) {
            groupChains(r, out);
        }
        for (Ordering o : ws.orderings()) {
            if (o.oneOrMoreSet() != null) {
                continue; // weighed together in oneOrMore()
            }
            if (o.mandatory() && o.firstAction().equals("start") && o.thenAction().equals("start")) {
                out.add(new Dependency(o.id(), o.first(), o.then(), o.symmetrical(), o.requireAll()));
            }
        }
        // what stays on a guest node restarts when the guest's container does
        for (ResourcePlan plan : byRsc.values()) {
            ClusterNode n = plan.next;
            if (n != null && n.guest() && n.container() != null && plan.rsc.activeOn().containsKey(n)) {
                out.add(new Dependency(n.uname() + "-guest-" + plan.rsc.id(), n.container(), plan.rsc, true, true));
            }
        }
        return out;
    }

    /** A mandatory start-then-start dependency of then on any one member of a require-all="false" set. */
    private record OneOrMore(String set, List<Resource> firsts, Resource then, boolean symmetrical) {
    }

    private List<OneOrMore> oneOrMore() {
        Map<String, OneOrMore> out = new LinkedHashMap<>();
        for (Ordering o : ws.orderings()) {
            if (o.oneOrMoreSet() != null && o.mandatory() && o.firstAction().equals("start") && o.thenAction().equals("start")) {
                out.computeIfAbsent(o.id() + "\0" + o.oneOrMoreSet() + "\0" + o.then().id(),
                        k -> new OneOrMore(o.oneOrMoreSet(), new ArrayList<>(), o.then(), o.symmetrical())).firsts().add(o.first());
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Then cannot start (and stops, when symmetrical) only when no member of the set can run. */
    private boolean apply(OneOrMore d) {
        // a cloned member runs when any instance does, any other member when all of it does
        boolean anyRuns = d.firsts().stream().anyMatch(f -> f instanceof CloneResource
                ? f.primitives().stream().anyMatch(p -> of(p).willBeActive())
                : !f.primitives().isEmpty() && f.primitives().stream().allMatch(p -> of(p).willBeActive()));
        if (anyRuns) {
            return false;
        }
        String unrunnable = "unrunnable one-or-more:" + d.set();
        boolean changed = false;
        for (Primitive p : d.then().primitives()) {
            ResourcePlan plan = of(p);
            if (plan.frozen || plan.next == null) {
                continue;
            }
            if (!plan.active()) {
                if (plan.blockedReason == null) {
                    plan.blockedReason = unrunnable;
                    changed = true;
                }
            } else if (d.symmetrical()) {
                plan.next = null;
                plan.nextRole = Role.STOPPED;
                plan.stopOn.addAll(p.activeOn().keySet());
                plan.migrate = false;
                plan.stopReason = unrunnable;
                changed = true;
            }
        }
        return changed;
    }

    private static void groupChains(Resource r, List<Dependency> out) {
        if (r instanceof GroupResource g && g.ordered()) {
            for (int i = 1; i < g.children().size(); i++) {
                out.add(new Dependency(g.id(), g.children().get(i - 1), g.children().get(i), true, true));
            }
        }
        for (Resource c : r.children()) {
            groupChains(c, out);
        }
    }

    private void propagate() {
        List<Dependency> deps = dependencies();
        List<OneOrMore> anyOf = oneOrMore();
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 50) {
            changed = false;
            for (Dependency d : deps) {
                changed |= apply(d);
            }
            for (OneOrMore d : anyOf) {
                changed |= apply(d);
            }
        }
    }

    /** How many instances of a clone first must run: clone-min, or one when the ordering does not require all. */
    private static int minimumInstances(Dependency d) {
        if (!(d.first() instanceof CloneResource c)) {
            return 0;
        }
        int min = 0;
        try {
            min = Integer.parseInt(c.meta().getOrDefault("clone-min", "0").trim());
        } catch (NumberFormatException e) {
            min = 0;
        }
        return min == 0 && !d.requireAll() ? 1 : min;
    }

    /**
     * The instance of a cloned first that an interleaved cloned then depends on: the one planned on the
     * same node, else the one running beside it; null when the ordering is not interleaved.
     */
    private Primitive interleavedPeer(Dependency d, Primitive then) {
        CloneResource thenClone = then.cloneAncestor();
        if (!(d.first() instanceof CloneResource first) || thenClone == null || !thenClone.interleave()
                || first.children().stream().anyMatch(c -> !(c instanceof Primitive))) {
            return null;
        }
        ClusterNode where = of(then).next;
        for (Primitive f : first.primitives()) {
            if (where != null && where.equals(of(f).next)) {
                return f;
            }
        }
        for (Primitive f : first.primitives()) {
            if (f.activeOn().keySet().stream().anyMatch(then.activeOn()::containsKey)) {
                return f;
            }
        }
        return null;
    }

    private boolean apply(Dependency d) {
        boolean changed = false;
        boolean firstStops = d.first().primitives().stream()
                .anyMatch(p -> (of(p).stops() || of(p).starts()) && !of(p).migrate);
        boolean firstRuns = d.first().primitives().stream().anyMatch(p -> of(p).willBeActive());
        boolean firstStartable = d.first() instanceof CloneResource
                ? firstRuns : d.first().primitives().stream().allMatch(p -> of(p).willBeActive());
        if (d.first() instanceof GroupResource) {
            firstStartable = firstRuns;
        }
        String collectiveUnrunnable = "unrunnable " + d.first().id() + (d.first() instanceof Primitive ? " start" : " running");
        int minimum = minimumInstances(d);
        if (minimum > 0) {
            long running = d.first().children().stream()
                    .filter(inst -> inst.primitives().stream().allMatch(p -> of(p).willBeActive())).count();
            firstStartable = running >= minimum;
            firstStops = firstStops && !firstStartable;
            collectiveUnrunnable = "unrunnable clone-one-or-more:" + d.id();
        }
        // The cluster may not act on an unmanaged or blocked first, so its start can never run
        boolean firstFrozen = d.first() instanceof Primitive f && of(f).frozen && !f.activeOn().isEmpty();
        for (Primitive p : d.then().primitives()) {
            ResourcePlan plan = of(p);
            if (plan.frozen) {
                continue;
            }
            Primitive peer = minimum > 0 ? null : interleavedPeer(d, p);
            String unrunnable = peer == null ? collectiveUnrunnable : "unrunnable " + peer.id() + " start";
            if (firstFrozen && !plan.active() && plan.next != null && plan.blockedReason == null) {
                plan.blockedReason = unrunnable;
                changed = true;
            }
            boolean forced = firstStops;
            String requiredReason = peer == null
                    ? "required " + d.first().id() + (d.first() instanceof Primitive ? " start" : " running")
                    : "required " + peer.id() + " start";
            if (d.first() instanceof CloneResource) {
                Primitive cause = d.first().primitives().stream().filter(f -> !of(f).migrate
                        && (of(f).stopOn.stream().anyMatch(n -> p.activeOn().containsKey(n))
                        || of(f).starts() && p.activeOn().containsKey(of(f).next))).findFirst().orElse(null);
                // a migration to where the first keeps running needs nothing from the instance stopping behind it
                boolean firstStaysAtTarget = plan.migrate && plan.next != null && d.first().primitives().stream()
                        .anyMatch(f -> plan.next.equals(of(f).next) && f.activeOn().containsKey(plan.next)
                                && !of(f).stopOn.contains(plan.next));
                // when enough instances are enough (clone-min, require-all=false), losing others forces nothing
                forced = cause != null && !firstStaysAtTarget && !(minimum > 0 && firstStartable);
                CloneResource thenClone = p.cloneAncestor();
                if (cause != null && thenClone != null && thenClone.interleave()) {
                    requiredReason = "required " + cause.id() + " start"; // interleaved: the instance on the same node
                }
            }
            if (d.symmetrical() && forced && plan.active()) {
                if (plan.migrate && d.first() instanceof Primitive f && plan.next != null && !p.activeOn().containsKey(plan.next)) {
                    plan.moveReason = "unrunnable " + f.id() + " stop";
                }
                for (ClusterNode n : p.activeOn().keySet()) {
                    if (plan.stopOn.add(n) || plan.migrate) {
                        plan.migrate = false;
                        changed = true;
                        plan.restartReason = requiredReason;
                    }
                }
            }
            if (plan.active() && !firstStartable && !forced && d.symmetrical() && plan.next != null) {
                plan.next = null;
                plan.nextRole = Role.STOPPED;
                plan.stopOn.addAll(p.activeOn().keySet());
                plan.migrate = false;
                plan.stopReason = unrunnable;
                changed = true;
            } else if (!plan.active() && plan.next != null && plan.blockedReason == null && !firstStartable) {
                plan.blockedReason = unrunnable;
                changed = true;
            } else if (plan.starts() && !firstStartable) {
                boolean wasStaying = plan.next != null && p.activeOn().containsKey(plan.next);
                plan.next = null;
                plan.nextRole = Role.STOPPED;
                for (ClusterNode n : p.activeOn().keySet()) {
                    plan.stopOn.add(n);
                }
                plan.migrate = false;
                // A collective that cannot run of itself is unrunnable even where its instances stop;
                // one stopped by what it depends on passes the stop on as required. A primitive's
                // restart in place turned into a stop is required; a move that cannot happen is unrunnable.
                boolean passedOn = d.first().primitives().stream().map(f -> of(f).stopReason)
                        .anyMatch(r -> r != null && (r.startsWith("unrunnable ") || r.startsWith("required ")));
                boolean required = d.first() instanceof Primitive ? wasStaying : passedOn;
                plan.stopReason = forced && plan.active() && required
                        ? requiredReason : unrunnable;
                changed = true;
            }
        }
        return changed;
    }
}
