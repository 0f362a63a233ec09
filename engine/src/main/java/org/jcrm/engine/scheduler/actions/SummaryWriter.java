package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
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
        if (ws.stonithEnabled()) {
            String action = ws.option("stonith-action", "reboot");
            if (action.equals("poweroff")) {
                action = "off";
            }
            for (ClusterNode n : ws.nodes()) {
                if (n.unclean()) {
                    out.add(new SummaryItem("Fence (" + action + ")", n.uname(), null, n.fenceReason()));
                }
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
            SummaryItem item = describe(plan);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static SummaryItem describe(ResourcePlan plan) {
        if (plan.frozen) {
            return null;
        }
        Primitive p = plan.rsc;
        String id = p.id();
        List<ClusterNode> current = p.activeNodes();
        ClusterNode next = plan.next;
        if (current.isEmpty()) {
            if (next == null) {
                return null;
            }
            if (plan.nextRole == Role.PROMOTED) {
                return new SummaryItem("Promote", id, "Stopped -> Promoted " + next, null);
            }
            return new SummaryItem("Start", id, next.uname(), null);
        }
        ClusterNode from = current.get(0);
        Role fromRole = plan.roleOn(from);
        if (next == null) {
            String detail = fromRole == Role.PROMOTED || fromRole == Role.UNPROMOTED ? fromRole.text() + " " + from : from.uname();
            return new SummaryItem("Stop", id, detail, plan.stopReason);
        }
        boolean failed = p.failedOn().contains(from);
        if (current.size() > 1) {
            return current.contains(next) ? new SummaryItem(p.isFailed() ? "Recover" : "Restart", id, next.uname(), null)
                    : new SummaryItem("Move", id, from + " -> " + next, null);
        }
        if (!from.equals(next)) {
            return new SummaryItem(failed ? "Recover" : plan.migrate ? "Migrate" : "Move", id, from + " -> " + next, null);
        }
        if (plan.stopOn.contains(from)) {
            if (failed) {
                return new SummaryItem("Recover", id, from.uname(), null);
            }
            if (plan.nextRole == Role.PROMOTED && fromRole == Role.PROMOTED) {
                return new SummaryItem("Re-promote", id, "Promoted " + from, plan.restartReason);
            }
            return new SummaryItem("Restart", id, from.uname(), plan.restartReason);
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
