package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Colocation;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.RemoteNodes;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * The assign stage: gives every primitive a node (or none) and a next role. Resources go in priority
 * order; a resource's colocation primaries are placed before it; each variant has its own assigner.
 */
public final class Placement {
    private final WorkingSet ws;
    private final ScoreLog log = new ScoreLog();
    private final Explanation why = new Explanation();
    private final BaseScores base;
    private final Set<Resource> done = new HashSet<>();
    private final Set<Resource> inProgress = new HashSet<>();
    /** Scores of dependents whose primaries are being placed, as narrowed so far. */
    private final Map<Resource, Map<ClusterNode, Integer>> inProgressScores = new java.util.HashMap<>();
    private final CloneAssigner clones;
    private final Capacity capacity;

    private Placement(WorkingSet ws) {
        this.ws = ws;
        this.base = new BaseScores(ws, why);
        this.clones = new CloneAssigner(this, ws, log, why, base);
        this.capacity = new Capacity(ws);
    }

    /** Runs the location and assign stages on {@code ws}, recording scores and reasons. */
    public static Placement run(WorkingSet ws) {
        Placement p = new Placement(ws);
        p.base.apply();
        List<Resource> order = new ArrayList<>(ws.resources());
        Comparator<Resource> byPriority = Comparator.comparingInt(Resource::priority).reversed();
        if (!ws.option("placement-strategy", "default").equals("default")) {
            // with utilization, who keeps their place decides who fits: the best placed go first
            List<ClusterNode> roomiest = new ArrayList<>(ws.nodes());
            roomiest.sort((a, b) -> p.capacity.compareFree(b, a));
            Comparator<Resource> byScores = (a, b) -> {
                for (ClusterNode n : roomiest) {
                    int c = Integer.compare(scoreOn(b, n), scoreOn(a, n));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            order.sort(byPriority.thenComparing(Comparator.comparingInt(Placement::scoreWhereRunning).reversed())
                    .thenComparing(byScores));
        } else {
            order.sort(byPriority);
        }
        // connections first: whether a remote or guest node will be up decides what may run there
        for (Resource r : order) {
            if (r instanceof Primitive conn && RemoteNodes.isConnection(conn)) {
                p.assign(conn);
                RemoteNodes.connectionAssigned(ws, conn);
            }
        }
        for (Resource r : order) {
            p.assign(r);
        }
        ws.setProcessingOrder(order);
        return p;
    }

    /** A primitive's score on the node it runs on, when that node may keep it; -INFINITY otherwise. */
    private static int scoreWhereRunning(Resource r) {
        if (r instanceof Primitive p && p.current() != null && p.current().canHostResources()) {
            return scoreOn(p, p.current());
        }
        return -Score.INF;
    }

    /**
     * A primitive's score on {@code node}, leaving out the ban a disabled one gets (it counts when it is
     * assigned, after this ranking); -INFINITY for collectives, which are not ranked by node.
     */
    private static int scoreOn(Resource r, ClusterNode node) {
        if (r instanceof Primitive p && p.targetRole() == Role.STOPPED && !p.stopOnFail()) {
            return 0;
        }
        Integer score = r instanceof Primitive p ? p.scores().get(node) : null;
        return score == null ? -Score.INF : score;
    }

    public ScoreLog scores() {
        return log;
    }

    public Explanation explanation() {
        return why;
    }

    void assign(Resource r) {
        Resource top = r.top();
        if (done.contains(top) || inProgress.contains(top)) {
            return;
        }
        inProgress.add(top);
        if (top instanceof Primitive p) {
            assignPrimitive(p);
        } else if (top instanceof GroupResource g) {
            assignGroup(g, false, null);
        } else if (top instanceof CloneResource c) {
            clones.assign(c);
        }
        inProgress.remove(top);
        done.add(top);
    }

    boolean assigned(Resource r) {
        return done.contains(r.top());
    }

    private void assignPrimitive(Primitive p) {
        Map<ClusterNode, Integer> s = new LinkedHashMap<>(p.scores());
        colocateAsDependent(p, s);
        mergeDependents(p, s);
        log.allocation("pcmk__primitive_assign", p.id(), s);
        ClusterNode node = choose(p, s, firstActive(p));
        place(p, node, Role.STARTED);
    }

    /** Where a primitive runs; one active on several nodes, the first it was found on. */
    private static ClusterNode firstActive(Primitive p) {
        return p.activeOn().isEmpty() ? null : p.activeNodes().get(0);
    }

    void place(Primitive p, ClusterNode node, Role role) {
        p.assign(node, role);
        if (node != null) {
            node.countAssignment();
            capacity.consume(node, p);
            why.decide(p.id(), () -> "assigned to " + node.uname());
        } else {
            why.decide(p.id(), () -> "cannot run anywhere");
        }
    }

    /** The final choice for a resource given its candidate scores, honouring management and quorum. */
    ClusterNode choose(Resource r, Map<ClusterNode, Integer> s, ClusterNode current) {
        boolean unmanaged = !r.managed() || ws.maintenanceMode() || (current != null && current.maintenance());
        if (r instanceof Primitive p && (unmanaged || p.blocked())) {
            return p.activeOn().isEmpty() ? null : p.activeNodes().get(0);
        }
        if (!ws.haveQuorum() && !ws.noQuorumPolicy().equals("ignore") && !needsNoQuorum(r)) {
            boolean freeze = ws.noQuorumPolicy().equals("freeze");
            if (current != null) {
                if (keepsActiveWithoutQuorum(r)) {
                    // freezing stops nothing from starting that is active already: it may even move
                    return NodeChooser.best(s, current, capacity, need(r));
                }
                if (NodeChooser.best(s, current, capacity, need(r)) != null) {
                    // it stops for want of quorum, not because it could run nowhere
                    r.primitives().forEach(p -> p.blockStart("no quorum"));
                }
                return null;
            }
            ClusterNode wanted = NodeChooser.best(s, null, capacity, need(r));
            if (wanted != null) {
                r.primitives().forEach(p -> p.blockStart(freeze ? "quorum freeze" : "no quorum"));
            }
            return wanted;
        }
        boolean uniqueInstance = r.parent() instanceof CloneResource c && c.unique();
        return NodeChooser.best(s, current, capacity, need(r), !uniqueInstance);
    }

    /**
     * Resources with requires=nothing run whether the partition has quorum or not, unless losing
     * quorum means fencing the partition itself (no-quorum-policy=suicide); fencing devices require
     * quorum like the others.
     */
    private boolean needsNoQuorum(Resource r) {
        return !"suicide".equals(ws.noQuorumPolicy())
                && r.primitives().stream().allMatch(p -> "nothing".equals(p.meta().get("requires")));
    }

    /**
     * Where an active resource that stops because the partition lost quorum (no-quorum-policy stop
     * or demote) would otherwise have been placed, or null when it would not stop for that.
     */
    ClusterNode wantedWithoutQuorum(Resource r, Map<ClusterNode, Integer> s, ClusterNode current) {
        if (current == null || ws.haveQuorum() || ws.noQuorumPolicy().equals("ignore") || keepsActiveWithoutQuorum(r)
                || needsNoQuorum(r) || !r.managed() || ws.maintenanceMode()) {
            return null;
        }
        return NodeChooser.best(s, current, capacity, need(r));
    }

    /**
     * Whether losing quorum leaves an active resource running: always with no-quorum-policy=freeze,
     * and for the instances of promotable clones with demote (they are only demoted).
     */
    private boolean keepsActiveWithoutQuorum(Resource r) {
        String policy = ws.noQuorumPolicy();
        CloneResource clone = r.cloneAncestor();
        return policy.equals("freeze") || policy.equals("demote") && clone != null && clone.promotable();
    }

    /**
     * What placing {@code r} needs of a node: its own utilization plus that of the resources that
     * must come along (group members, unplaced dependents with mandatory colocation).
     */
    private Map<String, Integer> need(Resource r) {
        if (!capacity.limited()) {
            return Map.of();
        }
        Resource whole = r instanceof Primitive p && p.parent() instanceof GroupResource g ? g : r;
        Map<String, Integer> own = Capacity.of(whole);
        Map<String, Integer> need = own;
        Set<Resource> together = new LinkedHashSet<>();
        mandatorilyColocated(whole, together);
        for (Resource other : together) {
            if (other != whole && !assigned(other)) {
                need = Capacity.sum(need, Capacity.of(other));
            }
        }
        Map<String, Integer> all = need;
        // When no node could take them all, the resource is placed on its own needs
        return ws.nodes().stream().anyMatch(n -> n.canHostResources() && capacity.fits(n, all)) ? all : own;
    }

    /** Everything tied to {@code r} by mandatory colocations, either way round and transitively. */
    private void mandatorilyColocated(Resource r, Set<Resource> out) {
        if (!out.add(r)) {
            return;
        }
        for (Colocation c : ws.colocationsOf(r)) {
            if (c.score() < Score.INF) {
                continue;
            }
            if (c.dependent() == r) {
                mandatorilyColocated(c.primary(), out);
            } else if (c.primary() == r && !r.isClone() && !c.dependent().isClone()) {
                mandatorilyColocated(c.dependent(), out);
            }
        }
    }

    /** The group is placed where its members' combined scores are best; members follow in order until one cannot. */
    void assignGroup(GroupResource g, boolean placedByParent, ClusterNode forced) {
        List<Resource> members = g.children();
        if (members.isEmpty()) {
            return;
        }
        Map<ClusterNode, Integer> combined = combinedScores(g);
        colocateAsDependent(g, combined);
        mergeDependents(g, combined);
        log.allocation("pcmk__group_assign", g.id(), g.scores());
        for (Resource m : members) {
            log.allocation("pcmk__group_assign", m.id(), m.scores());
        }
        Primitive first = (Primitive) members.get(0).primitives().get(0);
        ClusterNode node;
        if (placedByParent) {
            node = forced != null && combined.getOrDefault(forced, -Score.INF) >= 0 ? forced : null;
        } else {
            // ties go to where the first member runs; without quorum, to where any member runs
            boolean quorate = ws.haveQuorum() || ws.noQuorumPolicy().equals("ignore");
            node = choose(g, combined, quorate ? firstActive(first) : currentOf(g));
        }
        // a group stopping for lack of quorum is still placed: its inactive members show their start there, blocked
        ClusterNode wanted = node == null && !placedByParent ? wantedWithoutQuorum(g, combined, currentOf(g)) : null;
        boolean blocked = false;
        for (Resource m : members) {
            Primitive p = (Primitive) m;
            Map<ClusterNode, Integer> ms = p == first ? combined : restrict(p.scores(), node);
            log.allocation("pcmk__primitive_assign", p.id(), ms);
            ClusterNode target = blocked ? null : node;
            boolean unmanaged = !p.managed() || ws.maintenanceMode() || p.blocked();
            if (wanted != null && !unmanaged && p.activeOn().isEmpty() && p.scores().getOrDefault(wanted, -Score.INF) >= 0) {
                place(p, wanted, Role.STARTED);
                continue;
            }
            if (unmanaged) {
                target = p.activeOn().isEmpty() ? null : p.activeNodes().get(0);
            } else if (target != null && (ms.getOrDefault(target, -Score.INF) < 0 && p != first)) {
                target = null;
            }
            if (target == null && g.ordered() && !unmanaged) {
                blocked = true;
            }
            CloneResource clone = p.cloneAncestor();
            place(p, target, clone != null && clone.promotable() ? Role.UNPROMOTED : Role.STARTED);
        }
    }

    private static Map<ClusterNode, Integer> restrict(Map<ClusterNode, Integer> scores, ClusterNode node) {
        Map<ClusterNode, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<ClusterNode, Integer> e : scores.entrySet()) {
            out.put(e.getKey(), e.getKey().equals(node) ? e.getValue() : -Score.INF);
        }
        return out;
    }

    private static ClusterNode currentOf(Resource r) {
        for (Primitive p : r.primitives()) {
            if (p.current() != null) {
                return p.current();
            }
        }
        return null;
    }

    static boolean anyAvailable(Map<ClusterNode, Integer> s) {
        for (Map.Entry<ClusterNode, Integer> e : s.entrySet()) {
            if (e.getValue() >= 0 && e.getKey().canHostResources()) {
                return true;
            }
        }
        return false;
    }

    /** Nodes where {@code r} has been placed (in {@code role}, when given). */
    Set<ClusterNode> nodesOf(Resource r, Role role) {
        Set<ClusterNode> out = new LinkedHashSet<>();
        for (Primitive p : r.primitives()) {
            if (p.assigned() == null) {
                continue;
            }
            if (role == Role.PROMOTED && p.nextRole() != Role.PROMOTED) {
                continue;
            }
            if (role == Role.UNPROMOTED && p.nextRole() == Role.PROMOTED) {
                continue;
            }
            out.add(p.assigned());
        }
        return out;
    }

    /** Colocations in which {@code r} (or, for a group, the group) is the dependent. */
    List<Colocation> asDependent(Resource r) {
        List<Colocation> out = new ArrayList<>();
        for (Colocation c : ws.colocationsOf(r)) {
            if (c.dependent() == r && c.dependentRole() != Role.PROMOTED && c.dependentRole() != Role.UNPROMOTED) {
                out.add(c);
            }
        }
        return out;
    }

    void colocateAsDependent(Resource r, Map<ClusterNode, Integer> s) {
        colocateAsDependent(r, s, c -> true);
    }

    /** As {@link #colocateAsDependent(Resource, Map)} with only the colocations {@code applies} accepts (their primaries are placed all the same). */
    void colocateAsDependent(Resource r, Map<ClusterNode, Integer> s, Predicate<Colocation> applies) {
        // Each primary placed narrows our scores at once, and the primaries placed later see that
        inProgressScores.put(r, s);
        for (Colocation c : asDependent(r)) {
            assign(c.primary());
            if (!assigned(c.primary()) || !applies.test(c)) {
                continue; // left out, or a colocation loop: the primary waits for us, so this constraint cannot apply yet
            }
            Set<ClusterNode> pn = primaryNodes(c);
            // a finite dislike is dropped again when it would leave no node available
            Map<ClusterNode, Integer> before = c.score() < 0 && c.score() > -Score.INF ? new LinkedHashMap<>(s) : null;
            for (Map.Entry<ClusterNode, Integer> e : s.entrySet()) {
                boolean there = pn.contains(e.getKey());
                if (c.score() >= Score.INF && !there) {
                    e.setValue(-Score.INF);
                    why.add(r.id(), e.getKey().uname(), () -> "colocation " + c.id() + ": " + c.primary().id() + " is not there",
                            -Score.INF);
                } else if (c.score() <= -Score.INF && there) {
                    e.setValue(-Score.INF);
                    why.add(r.id(), e.getKey().uname(), () -> "anti-colocation " + c.id() + " with " + c.primary().id(), -Score.INF);
                } else if (there && c.score() > -Score.INF && c.score() < Score.INF) {
                    e.setValue(Score.add(e.getValue(), c.score()));
                    why.add(r.id(), e.getKey().uname(), () -> "colocation " + c.id() + " with " + c.primary().id(), c.score());
                }
            }
            if (before != null && !anyAvailable(s)) {
                s.putAll(before);
            }
        }
    }

    /**
     * Where a colocation's primary is placed. With a group, a mandatory colocation needs the whole
     * group there (its last member), an advisory one only its first member.
     */
    private Set<ClusterNode> primaryNodes(Colocation c) {
        if (c.primary() instanceof GroupResource g && g.collocated() && !g.children().isEmpty()) {
            List<Resource> members = g.children();
            return nodesOf(c.score() >= Score.INF ? members.get(members.size() - 1) : members.get(0), c.primaryRole());
        }
        return nodesOf(c.primary(), c.primaryRole());
    }

    /** Pulls a primary toward (or away from) the nodes its not-yet-placed dependents prefer. */
    void mergeDependents(Resource r, Map<ClusterNode, Integer> s) {
        for (Colocation c : ws.colocationsOf(r)) {
            if (c.primary() != r || !c.influence() || assigned(c.dependent()) || c.dependent().isClone()
                    || c.dependentRole() == Role.PROMOTED || c.primaryRole() == Role.PROMOTED) {
                continue;
            }
            double factor = (double) c.score() / Score.INF;
            Map<ClusterNode, Integer> trial = new LinkedHashMap<>(s);
            Map<ClusterNode, Integer> dep = dependentScores(c.dependent());
            for (Map.Entry<ClusterNode, Integer> e : trial.entrySet()) {
                // a node the dependent may not use, or one that cannot run resources, counts as -INFINITY
                Integer known = dep.get(e.getKey());
                int d = known == null || !e.getKey().canHostResources() ? -Score.INF : known;
                if (factor < 0 && d < 0) {
                    continue; // a dislike of a node the dependent dislikes does not become a liking
                }
                e.setValue(Score.add(e.getValue(), scaled(factor, d)));
            }
            if (anyAvailable(trial)) {
                s.putAll(trial);
            }
        }
    }

    /** A dependent's score scaled by a colocation's factor, rounded; a non-zero score never scales to zero. */
    private static int scaled(double factor, int score) {
        long delta = Math.round(factor * score);
        if (delta == 0 && score != 0) {
            delta = factor > 0 ? 1 : -1;
        }
        return (int) Math.max(-Score.INF, Math.min(Score.INF, delta));
    }

    private Map<ClusterNode, Integer> dependentScores(Resource d) {
        Map<ClusterNode, Integer> partial = inProgressScores.get(d);
        if (partial != null && !assigned(d)) {
            return partial;
        }
        return d instanceof GroupResource g && !g.children().isEmpty() ? combinedScores(g) : d.scores();
    }

    /**
     * A group's scores: its first member's, with each later member's added in turn unless that would
     * leave no node available (then that member's preferences are ignored).
     */
    private static Map<ClusterNode, Integer> combinedScores(GroupResource g) {
        List<Resource> members = g.children();
        Map<ClusterNode, Integer> combined = new LinkedHashMap<>(members.get(0).scores());
        for (int i = 1; i < members.size() && g.collocated(); i++) {
            Map<ClusterNode, Integer> trial = new LinkedHashMap<>(combined);
            for (Map.Entry<ClusterNode, Integer> e : members.get(i).scores().entrySet()) {
                trial.computeIfPresent(e.getKey(), (k, v) -> Score.add(v, e.getValue()));
            }
            if (anyAvailable(trial)) {
                combined = trial;
            }
        }
        return combined;
    }
}
