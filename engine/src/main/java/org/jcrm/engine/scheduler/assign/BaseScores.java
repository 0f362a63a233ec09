package org.jcrm.engine.scheduler.assign;

import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.LocationConstraint;
import org.jcrm.engine.scheduler.unpack.NodeHealth;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.RemoteNodes;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.Ticket;
import org.jcrm.engine.scheduler.unpack.TicketConstraint;
import org.jcrm.engine.scheduler.unpack.WorkingSet;
import org.w3c.dom.Element;

/**
 * The location stage: each resource's node scores before colocation, from the cluster's symmetry,
 * location constraints and rules, stickiness, failures, target-role and tickets.
 */
final class BaseScores {
    private final WorkingSet ws;
    private final Explanation why;

    BaseScores(WorkingSet ws, Explanation why) {
        this.ws = ws;
        this.why = why;
    }

    void apply() {
        for (Resource r : ws.resources()) {
            initial(r);
        }
        for (Primitive p : ws.primitives()) {
            for (ClusterNode n : ws.nodes()) {
                if (RemoteNodes.forbidden(p, n)) {
                    p.addScore(n, -Score.INF);
                }
            }
        }
        for (LocationConstraint lc : ws.locations()) {
            if (lc.role() == Role.PROMOTED || lc.role() == Role.UNPROMOTED) {
                continue; // a preference for a role, applied when promoting
            }
            location(lc);
        }
        for (Resource r : ws.resources()) {
            health(r);
        }
        for (Primitive p : ws.primitives()) {
            stickiness(p);
            failures(p);
        }
        for (Resource r : ws.resources()) {
            disabled(r);
            if (ws.booleanOption("stop-all-resources", false)) {
                banEverywhere(r, "stop-all-resources");
            }
        }
        for (TicketConstraint tc : ws.ticketConstraints()) {
            ticket(tc);
        }
    }

    private void initial(Resource r) {
        if (r instanceof Primitive p && p.orphan()) {
            return; // no longer configured: it may run nowhere
        }
        if (ws.symmetric() || r instanceof Primitive p && p.internal()) {
            // a guest's implicit connection has no constraints of its own: it follows its container
            for (ClusterNode n : ws.nodes()) {
                r.addScore(n, 0);
            }
        }
        for (Resource c : r.children()) {
            initial(c);
        }
        if (r instanceof CloneResource clone && clone.template() != null) {
            initial(clone.template());
        }
    }

    private void location(LocationConstraint lc) {
        for (ClusterNode n : ws.nodes()) {
            Integer score = scoreOn(lc, n);
            if (score != null) {
                applyTo(lc.resource(), n, score, lc.id());
            }
        }
    }

    Integer scoreOn(LocationConstraint lc, ClusterNode n) {
        if (lc.node() != null) {
            return lc.node().equals(n.uname()) && lc.score() != null ? lc.score() : null;
        }
        Integer total = null;
        for (Element rule : lc.rules()) {
            if (!ws.rules().matches(rule, n.attributes(), null)) {
                continue;
            }
            Integer s = ruleScore(rule, n);
            if (s != null) {
                total = total == null ? s : Score.add(total, s);
            }
        }
        return total;
    }

    private Integer ruleScore(Element rule, ClusterNode n) {
        String s = rule.hasAttribute("score") ? rule.getAttribute("score") : null;
        if (s != null) {
            return Score.parseOr(s, Score.ZERO).value();
        }
        String attr = rule.hasAttribute("score-attribute") ? rule.getAttribute("score-attribute") : null;
        if (attr != null) {
            String v = n.attributes().get(attr);
            return v == null ? null : Score.parseOr(v, Score.ZERO).value();
        }
        return 0;
    }

    /** Applies a location score: a group passes it to its first member only, later members get 0. */
    private void applyTo(Resource r, ClusterNode n, int score, String reason) {
        r.addScore(n, score);
        why.add(r.id(), n.uname(), () -> "location " + reason, score);
        if (r instanceof GroupResource g) {
            boolean first = true;
            for (Resource c : g.children()) {
                applyTo(c, n, first ? score : 0, reason);
                first = false;
            }
        } else if (r instanceof CloneResource clone) {
            for (Resource inst : clone.children()) {
                applyTo(inst, n, score, reason);
            }
        }
    }

    /** Node health acts as a location score for every resource that does not allow unhealthy nodes. */
    private void health(Resource r) {
        String allow = r.meta().get("allow-unhealthy-nodes");
        if (allow != null && (allow.equalsIgnoreCase("true") || allow.equalsIgnoreCase("yes") || allow.equals("1"))) {
            return;
        }
        for (ClusterNode n : ws.nodes()) {
            int score = NodeHealth.score(ws, n);
            if (score != 0) {
                applyTo(r, n, score, "node health");
            }
        }
    }

    private void stickiness(Primitive p) {
        int stick = p.stickiness();
        // a resource active on several nodes sticks to none of them
        if (stick == 0 || !p.managed() || p.activeOn().size() != 1) {
            return;
        }
        for (ClusterNode n : p.activeOn().keySet()) {
            if (!ws.symmetric() && !p.scores().containsKey(n)) {
                continue;
            }
            p.addScore(n, stick);
            why.add(p.id(), n.uname(), "stickiness (running there)", stick);
        }
    }

    private void failures(Primitive p) {
        int threshold = Score.parseOr(p.meta().get("migration-threshold"), Score.INFINITY).value();
        if (threshold <= 0) {
            return;
        }
        for (Map.Entry<ClusterNode, Integer> e : p.failCounts().entrySet()) {
            if (e.getValue() >= threshold) {
                CloneResource clone = p.cloneAncestor();
                Resource target = clone != null && !clone.unique() ? clone : p;
                ban(target, e.getKey(), "failcount " + e.getValue() + " reached migration-threshold " + Score.format(threshold));
            }
        }
    }

    private void ban(Resource r, ClusterNode n, String reason) {
        r.addScore(n, -Score.INF);
        why.add(r.id(), n.uname(), reason, -Score.INF);
        for (Resource c : r.children()) {
            ban(c, n, reason);
        }
    }

    /** Disabled primitives (their own or inherited target-role Stopped, or on-fail=stop) may run nowhere. */
    private void disabled(Resource r) {
        for (Primitive p : r.primitives()) {
            if (p.targetRole() == Role.STOPPED || p.stopOnFail()) {
                for (ClusterNode n : ws.nodes()) {
                    ban(p, n, p.stopOnFail() ? "on-fail=stop" : "target-role=Stopped");
                }
            }
        }
    }

    private void ticket(TicketConstraint tc) {
        Ticket t = ws.tickets().get(tc.ticket());
        if (t != null && t.granted() && !t.standby()) {
            return;
        }
        String reason = "ticket " + tc.ticket() + " not granted";
        boolean standbyOnly = t != null && t.granted() && t.standby();
        if (tc.role() == Role.PROMOTED && !tc.lossPolicy().equals("stop") && !tc.lossPolicy().equals("fence")
                || tc.role() == Role.PROMOTED && standbyOnly && !tc.lossPolicy().equals("stop")) {
            return; // only promotion is lost: see CloneAssigner
        }
        switch (standbyOnly ? "stop" : tc.lossPolicy()) {
            case "demote" -> {
                if (tc.role() != Role.PROMOTED) {
                    banEverywhere(tc.resource(), reason);
                }
            }
            case "freeze" -> {
                for (Primitive p : tc.resource().primitives()) {
                    if (p.activeOn().isEmpty()) {
                        banEverywhere(p, reason);
                    } else {
                        p.freeze();
                    }
                }
            }
            case "fence" -> {
                if (tc.role() != Role.PROMOTED) {
                    banEverywhere(tc.resource(), reason);
                }
                if (ws.stonithEnabled()) {
                    for (Primitive p : tc.resource().primitives()) {
                        p.activeOn().forEach((n, role) -> {
                            if (tc.role() != Role.PROMOTED || role == Role.PROMOTED) {
                                n.markUnclean("deadman ticket was lost");
                            }
                        });
                    }
                }
            }
            default -> banEverywhere(tc.resource(), reason);
        }
    }

    private void banEverywhere(Resource r, String reason) {
        for (ClusterNode n : ws.nodes()) {
            ban(r, n, reason);
        }
    }
}
