package org.jcrm.engine.scheduler.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Colocation;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.LocationConstraint;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.StatusNames;
import org.jcrm.engine.scheduler.unpack.Ticket;
import org.jcrm.engine.scheduler.unpack.TicketConstraint;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Places clone instances (at most clone-node-max per node, clone-max in all; instances stay where
 * they run when that is as good as anywhere) and then picks the promoted instances of promotable clones.
 */
final class CloneAssigner {
    private final Placement placement;
    private final WorkingSet ws;
    private final ScoreLog log;
    private final Explanation why;
    private final BaseScores base;

    CloneAssigner(Placement placement, WorkingSet ws, ScoreLog log, Explanation why, BaseScores base) {
        this.placement = placement;
        this.ws = ws;
        this.log = log;
        this.why = why;
        this.base = base;
    }

    void assign(CloneResource c) {
        Map<ClusterNode, Integer> s = new LinkedHashMap<>(c.scores());
        // a finite liking for a primary only counts when some nodes will get no instance
        boolean everyNode = c.cloneMax() >= availableNodes(c);
        placement.colocateAsDependent(c, s, col -> !everyNode || col.score() < 0 || col.score() >= Score.INF);
        log.allocation("pcmk__clone_allocate", c.id(), s);
        List<Resource> instances = new ArrayList<>(c.children());
        Map<Resource, Map<ClusterNode, Integer>> scores = new LinkedHashMap<>();
        SiblingPresence siblings = c.promotable() && !c.unique() ? new SiblingPresence(c) : null;
        for (Resource inst : instances) {
            Map<ClusterNode, Integer> is = new LinkedHashMap<>();
            for (Map.Entry<ClusterNode, Integer> e : s.entrySet()) {
                int own = instanceScore(inst, e.getKey(), c);
                int total = Score.add(e.getValue(), own);
                if (c.promotable() && total >= 0 && e.getKey().canHostResources()) {
                    total = Score.add(total, Math.max(0, promotionPreference(c, siblings, inst, e.getKey())));
                }
                is.put(e.getKey(), total);
            }
            scores.put(inst, is);
            log.allocation("pcmk__clone_allocate", inst.id(), is);
        }
        Map<ClusterNode, Integer> perNode = new LinkedHashMap<>();
        int max = c.cloneMax();
        int placed = 0;
        List<Resource> order = InstanceOrder.of(c, instances);
        List<Resource> pending = new ArrayList<>();
        for (Resource inst : order) {
            ClusterNode cur = currentNode(inst);
            if (inst.primitives().stream().anyMatch(Primitive::orphan)) {
                placeInstance(inst, null, scores.get(inst), perNode, c, s);
            } else if (cur != null && (!inst.managed() || ws.maintenanceMode() || blocked(inst))) {
                placeInstance(inst, cur, scores.get(inst), perNode, c, s);
                placed++;
            } else {
                pending.add(inst);
            }
        }
        // healthy active instances stay where they run while that node is as good as any and has
        // fewer than its even share of instances
        int optimal = Math.max(1, max / Math.max(1, availableNodes(c)));
        for (var it = pending.iterator(); it.hasNext() && placed < max;) {
            Resource inst = it.next();
            ClusterNode cur = currentNode(inst);
            Map<ClusterNode, Integer> is = scores.get(inst);
            if (cur == null || InstanceOrder.failed(inst) || !fits(cur, limit(is, perNode, c, s), perNode, c)
                    || perNode.getOrDefault(cur, 0) >= optimal) {
                continue;
            }
            Map<ClusterNode, Integer> limited = limit(is, perNode, c, s);
            ClusterNode best = placement.choose(inst, limited, cur);
            if (best == cur || (best != null && is.get(best).equals(is.get(cur)))) {
                placeInstance(inst, cur, is, perNode, c, s);
                placed++;
                it.remove();
            } else if (best == null && placement.wantedWithoutQuorum(inst, limited, cur) == cur) {
                // it stops for lack of quorum, yet keeps the slot where it runs
                placeInstance(inst, null, is, perNode, c, s);
                holdSlot(cur, perNode);
                placed++;
                it.remove();
            }
        }
        for (Resource inst : pending) {
            Map<ClusterNode, Integer> is = limit(scores.get(inst), perNode, c, s);
            ClusterNode node = placed < max ? placement.choose(inst, is, currentNode(inst)) : null;
            ClusterNode stoppedFrom = node == null && placed < max ? placement.wantedWithoutQuorum(inst, is, currentNode(inst)) : null;
            placeInstance(inst, node, is, perNode, c, s);
            if (node != null) {
                placed++;
            } else if (stoppedFrom != null) {
                // it stops for lack of quorum, yet holds the slot it would have taken
                holdSlot(stoppedFrom, perNode);
                placed++;
            }
        }
        if (c.promotable()) {
            promote(c);
        }
    }

    /**
     * Counts an instance that stops for lack of quorum on the node it would have had, as Pacemaker
     * assigns it there before finding its start cannot run.
     */
    private static void holdSlot(ClusterNode node, Map<ClusterNode, Integer> perNode) {
        perNode.merge(node, 1, Integer::sum);
        node.countAssignment();
    }

    /** How many of the nodes the clone may run on can run resources at all. */
    private static int availableNodes(CloneResource c) {
        return (int) c.scores().keySet().stream().filter(ClusterNode::canHostResources).count();
    }

    private boolean blocked(Resource inst) {
        return inst.primitives().stream().anyMatch(Primitive::blocked);
    }

    private int instanceScore(Resource inst, ClusterNode n, CloneResource c) {
        int total = 0;
        for (Primitive p : inst.primitives()) {
            if (p.activeOn().containsKey(n) && p.activeOn().size() == 1 && p.managed()) {
                total = Score.add(total, p.stickiness());
            }
            if (p.scores().getOrDefault(n, 0) <= -Score.INF) {
                total = -Score.INF;
            }
        }
        return total;
    }

    /** Where an instance runs; for one active on several nodes, the first node it was found on. */
    private static ClusterNode currentNode(Resource inst) {
        for (Primitive p : inst.primitives()) {
            if (!p.activeOn().isEmpty()) {
                return p.activeOn().keySet().iterator().next();
            }
        }
        return null;
    }

    private static boolean fits(ClusterNode n, Map<ClusterNode, Integer> is, Map<ClusterNode, Integer> perNode, CloneResource c) {
        return n.canHostResources() && is.getOrDefault(n, -Score.INF) >= 0 && perNode.getOrDefault(n, 0) < c.cloneNodeMax();
    }

    /**
     * An instance's scores with the nodes it cannot take banned: those holding clone-node-max
     * instances already, and those where the clone itself scores below zero (however much the
     * instance sticks there).
     */
    private static Map<ClusterNode, Integer> limit(Map<ClusterNode, Integer> is, Map<ClusterNode, Integer> perNode, CloneResource c,
            Map<ClusterNode, Integer> cloneScores) {
        Map<ClusterNode, Integer> out = new LinkedHashMap<>(is);
        int nodeMax = c.cloneNodeMax();
        for (Map.Entry<ClusterNode, Integer> e : out.entrySet()) {
            if (perNode.getOrDefault(e.getKey(), 0) >= nodeMax || cloneScores.getOrDefault(e.getKey(), 0) < 0) {
                e.setValue(-Score.INF);
            }
        }
        return out;
    }

    private void placeInstance(Resource inst, ClusterNode node, Map<ClusterNode, Integer> is,
            Map<ClusterNode, Integer> perNode, CloneResource c, Map<ClusterNode, Integer> cloneScores) {
        Role role = c.promotable() ? Role.UNPROMOTED : Role.STARTED;
        if (inst instanceof GroupResource g) {
            placement.assignGroup(g, true, node);
            if (node != null && g.children().stream().anyMatch(m -> ((Primitive) m).assigned() == node)) {
                perNode.merge(node, 1, Integer::sum);
            }
            return;
        }
        Primitive p = (Primitive) inst;
        log.allocation("pcmk__primitive_assign", p.id(), limit(is, perNode, c, cloneScores));
        placement.place(p, node, role);
        if (node != null) {
            perNode.merge(node, 1, Integer::sum);
        }
    }

    private void promote(CloneResource c) {
        List<Resource> candidates = new ArrayList<>();
        Map<Resource, Integer> score = new LinkedHashMap<>();
        for (Resource inst : c.children()) {
            ClusterNode node = assignedNode(inst);
            if (node == null) {
                log.promotionUnassigned(inst.id());
                continue;
            }
            int s = promotionScore(c, inst, node);
            score.put(inst, s);
            candidates.add(inst);
            log.promotion(inst.id(), node, s);
        }
        candidates = InstanceOrder.afterPlacement(c, candidates, Comparator.comparingInt((Resource r) -> score.get(r)).reversed()
                .thenComparing(r -> currentRole(r) == Role.PROMOTED ? 0 : 1));
        int promoted = 0;
        Map<ClusterNode, Integer> perNode = new LinkedHashMap<>();
        boolean ticketOk = promotionTicketOk(c);
        for (Resource inst : candidates) {
            ClusterNode node = assignedNode(inst);
            boolean can = ticketOk && ws.haveQuorum() || "ignore".equals(ws.noQuorumPolicy()) && ticketOk;
            if (can && promoted < c.promotedMax() && score.get(inst) >= 0
                    && perNode.getOrDefault(node, 0) < c.promotedNodeMax() && inst.managed()) {
                promoted++;
                perNode.merge(node, 1, Integer::sum);
                for (Primitive p : inst.primitives()) {
                    if (p.assigned() != null) {
                        p.assign(p.assigned(), Role.PROMOTED);
                    }
                }
                int promotion = score.get(inst);
                why.decide(inst.id(), () -> "promoted on " + node.uname() + " (promotion score " + Score.format(promotion) + ")");
            } else if (!inst.managed()) {
                for (Primitive p : inst.primitives()) {
                    if (p.assigned() != null) {
                        p.assign(p.assigned(), p.currentRole());
                    }
                }
            }
        }
    }

    private boolean promotionTicketOk(CloneResource c) {
        for (TicketConstraint tc : ws.ticketConstraints()) {
            if (tc.resource() == c && tc.role() == Role.PROMOTED) {
                Ticket t = ws.tickets().get(tc.ticket());
                if (t == null || !t.granted() || t.standby()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Role currentRole(Resource inst) {
        Role best = Role.STOPPED;
        for (Primitive p : inst.primitives()) {
            if (p.currentRole().ordinal() > best.ordinal()) {
                best = p.currentRole();
            }
        }
        return best;
    }

    private static ClusterNode assignedNode(Resource inst) {
        for (Primitive p : inst.primitives()) {
            if (p.assigned() != null) {
                return p.assigned();
            }
        }
        return null;
    }

    private int promotionScore(CloneResource c, Resource inst, ClusterNode node) {
        int total = 0;
        boolean any = false;
        for (Primitive p : inst.primitives()) {
            String v = promotionAttribute(p, node);
            if (v != null) {
                total = Score.add(total, Score.parseOr(v, Score.ZERO).value());
                any = true;
            }
        }
        if (!any) {
            total = -1;
        }
        total = Score.add(total, locationScore(c, node, Role.PROMOTED));
        for (Colocation col : ws.colocationsOf(c)) {
            if (col.dependent() == c && col.dependentRole() == Role.PROMOTED) {
                placement.assign(col.primary());
                Set<ClusterNode> pn = placement.nodesOf(col.primary(), col.primaryRole());
                boolean there = pn.contains(node);
                if (col.score() >= Score.INF && !there) {
                    total = -Score.INF;
                } else if (col.score() <= -Score.INF && there) {
                    total = -Score.INF;
                } else if (there) {
                    total = Score.add(total, col.score());
                }
            } else if (col.dependent() == c && col.dependentRole() == Role.UNPROMOTED && col.score() >= Score.INF) {
                // instances that must stay unpromoted next to the primary cannot be promoted there
                placement.assign(col.primary());
                if (placement.nodesOf(col.primary(), col.primaryRole()).contains(node)) {
                    total = -Score.INF;
                }
            } else if (col.primary() == c && col.primaryRole() == Role.PROMOTED && placement.assigned(col.dependent())
                    && col.dependentRole() != Role.PROMOTED) {
                Set<ClusterNode> dn = placement.nodesOf(col.dependent(), null);
                if (dn.contains(node) && col.score() > -Score.INF) {
                    total = Score.add(total, col.score());
                }
            }
        }
        // the clone's preference for the node adds to an instance that may be promoted, not to one that may not
        return total < 0 ? total : Score.add(total, locationScore(c, node, Role.UNKNOWN));
    }

    /** The node's promotion score for {@code p}: by its name there, its id, or its id without instance number. */
    private static String promotionAttribute(Primitive p, ClusterNode node) {
        // each name is only made when the one before is not set: this is asked per instance and node
        String v = node.attributes().get("master-" + p.nameOn(node));
        if (v == null) {
            v = node.attributes().get("master-" + p.id());
        }
        return v != null ? v : node.attributes().get("master-" + StatusNames.baseName(p.id()));
    }

    /**
     * The promotion scores an instance brings to its placement on a node (summed over a cloned
     * group's members): only those that tell something about this instance there.
     */
    private static int promotionPreference(CloneResource c, SiblingPresence siblings, Resource inst, ClusterNode node) {
        int total = 0;
        for (Primitive p : inst.primitives()) {
            String v = promotionAttribute(p, node);
            if (v != null && promotionScoreApplies(c, siblings, p, node)) {
                total = Score.add(total, Score.parseOr(v, Score.ZERO).value());
            }
        }
        return total;
    }

    /**
     * An anonymous instance takes the score of a node it runs on, or of a node where no instance
     * runs but some instance was probed; any instance takes the scores of nodes where it was
     * probed or runs, and all of them when it was probed nowhere yet.
     */
    private static boolean promotionScoreApplies(CloneResource c, SiblingPresence siblings, Primitive p,
            ClusterNode node) {
        if (!c.unique()) {
            SiblingPresence.Presence here = siblings.of(p, node);
            if (here.active() == p || here.active() == null && here.probed()) {
                return true;
            }
        }
        if (p.activeOn().isEmpty() && p.probedOn().isEmpty()) {
            return true;
        }
        return p.probedOn().contains(node) || p.activeOn().containsKey(node);
    }

    private int locationScore(CloneResource c, ClusterNode node, Role role) {
        int total = 0;
        for (LocationConstraint lc : ws.locationsOf(c)) {
            if (lc.role() == role) {
                Integer s = base.scoreOn(lc, node);
                if (s != null) {
                    total = Score.add(total, s);
                }
            }
        }
        return total;
    }
}
