package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/** Describes each planned change in the transition summary's words: fencing first, then resources in configuration order. */
final class SummaryWriter {
    private SummaryWriter() {
    }

    static List<SummaryItem> write(WorkingSet ws, Plans plans) {
        List<SummaryItem> out = new ArrayList<>();
        String action = ws.option("stonith-action", "reboot");
        if (action.equals("poweroff")) {
            action = "off";
        }
        // fencing is listed newest decision first: those made reading the status, in that order, come
        // before those made while scheduling, cluster nodes' before remote and guest nodes'
        List<ClusterNode> fencingOrder = new ArrayList<>();
        ws.nodes().stream().filter(n -> n.fencingDecision() >= 0)
                .sorted(Comparator.comparingInt(ClusterNode::fencingDecision)).forEach(fencingOrder::add);
        for (boolean remote : new boolean[] {false, true}) {
            ws.nodes().stream().filter(n -> n.remote() == remote && n.fencingDecision() < 0).forEach(fencingOrder::add);
        }
        java.util.Collections.reverse(fencingOrder);
        for (ClusterNode n : fencingOrder) {
            // a guest is fenced by recovering its container, with or without fencing devices
            if (n.unclean() && ws.canFence(n)) {
                String name = n.guest() && n.container() != null
                        ? n.uname() + " (resource: " + n.container().id() + ")" : n.uname();
                out.add(new SummaryItem("Fence (" + action + ")", name, null, n.guest() ? "guest is unclean" : n.fenceReason()));
            }
        }
        for (Primitive p : ws.primitivesInProcessingOrder()) {
            ResourcePlan plan = plans.of(p);
            if (!plan.frozen && plan.next == null && p.activeOn().size() > 1) {
                for (ClusterNode n : p.activeNodes()) {
                    out.add(new SummaryItem("Stop", p.id(), n.uname(), plan.stopReason));
                }
                continue;
            }
            SummaryItem item = describe(ws, plan);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Where a resource active on several nodes counts as running: the first node it was found on,
     * or, when recovering it needs no fencing, the first of them that is up and clean.
     */
    private static ClusterNode runningNode(WorkingSet ws, Primitive p, List<ClusterNode> current) {
        String requires = p.meta().get("requires");
        boolean needsFencing = ws.stonithEnabled() && !p.isStonith() && !"quorum".equals(requires) && !"nothing".equals(requires);
        if (!needsFencing) {
            for (ClusterNode n : current) {
                if (n.online() && !n.unclean()) {
                    return n;
                }
            }
        }
        return current.get(0);
    }

    /**
     * The part in parentheses: plain nodes for started resources, with roles when they matter
     * ("Unpromoted -> Promoted n1", "Promoted n1 -> Unpromoted n2", "n1 -> n2 Unpromoted").
     */
    private static String detail(Role fromRole, ClusterNode from, Role toRole, ClusterNode to) {
        boolean plain = fromRole == Role.STARTED || fromRole == Role.UNKNOWN;
        if (from.equals(to)) {
            if (fromRole == toRole) {
                return plain ? to.uname() : fromRole.text() + " " + to;
            }
            return fromRole.text() + " -> " + toRole.text() + " " + to;
        }
        if (fromRole == toRole) {
            return plain ? from + " -> " + to : from + " -> " + to + " " + toRole.text();
        }
        return fromRole.text() + " " + from + " -> " + toRole.text() + " " + to;
    }

    private static SummaryItem describe(WorkingSet ws, ResourcePlan plan) {
        if (plan.frozen && !plan.stopBlocked) {
            return null;
        }
        Primitive p = plan.rsc;
        if (plan.frozen) {
            String reason = plan.blockedStopReason == null ? "blocked" : plan.blockedStopReason + " (blocked)";
            return new SummaryItem("Stop", p.id(), p.current().uname(), reason);
        }
        String id = p.id();
        List<ClusterNode> current = p.activeNodes();
        ClusterNode next = plan.next;
        if (current.isEmpty()) {
            if (next == null) {
                return null;
            }
            String blocked = plan.blockedReason == null ? null : plan.blockedReason + " (blocked)";
            if (blocked == null && plan.promoteBlockedReason != null) {
                blocked = plan.promoteBlockedReason + " (blocked)";
            }
            if (plan.nextRole == Role.PROMOTED) {
                return new SummaryItem("Promote", id, "Stopped -> Promoted " + next, blocked);
            }
            return new SummaryItem("Start", id, next.uname(), blocked);
        }
        ClusterNode from = current.size() > 1 ? runningNode(ws, p, current) : current.get(0);
        Role fromRole = plan.roleOn(from);
        if (next == null) {
            String detail = fromRole == Role.PROMOTED || fromRole == Role.UNPROMOTED ? fromRole.text() + " " + from : from.uname();
            return new SummaryItem("Stop", id, detail, plan.stopReason);
        }
        boolean failed = p.failedOn().contains(from);
        if (current.size() > 1) {
            // the first node it was found active on counts as where it runs
            return next.equals(from)
                    ? new SummaryItem(p.isFailed() ? "Recover" : "Restart", id, next.uname(), p.isFailed() ? null : plan.restartReason)
                    : new SummaryItem(p.isFailed() ? "Recover" : "Move", id, from + " -> " + next, null);
        }
        Role toRole = plan.nextRole == Role.UNKNOWN ? fromRole : plan.nextRole;
        if (!from.equals(next)) {
            // a migration away from a changed definition says so; a plain move gives its own reason
            String reason = failed ? null
                    : plan.migrate ? (p.definitionChangedOn().contains(from) ? "resource definition change" : null)
                    : plan.moveReason;
            return new SummaryItem(failed ? "Recover" : plan.migrate ? "Migrate" : "Move", id,
                    detail(fromRole, from, toRole, next), reason);
        }
        if (plan.stopOn.contains(from)) {
            if (failed) {
                return new SummaryItem("Recover", id, detail(fromRole, from, toRole, next), null);
            }
            return new SummaryItem("Restart", id, detail(fromRole, from, toRole, next), plan.restartReason);
        }
        if (plan.reloads()) {
            return new SummaryItem("Reload", id, from.uname(), null);
        }
        if (plan.nextRole == Role.PROMOTED && fromRole != Role.PROMOTED) {
            return new SummaryItem("Promote", id, "Unpromoted -> Promoted " + from, null);
        }
        if (fromRole == Role.PROMOTED && plan.nextRole != Role.PROMOTED) {
            return new SummaryItem("Demote", id, "Promoted -> Unpromoted " + from, null);
        }
        return null;
    }
}
