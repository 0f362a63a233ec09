package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.CloneResource;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Notifications of clones with notify=true: around each clone task, a pre and a post pseudo action
 * bracket a notify on every instance active before (pre) or after (post) the task, and each
 * notification round waits for the previous one.
 */
final class Notifications {
    /** The clone tasks that notify, in the order they happen, with the name of their completion. */
    private static final String[][] TASKS = {{"demote", "demoted"}, {"stop", "stopped"}, {"start", "running"},
        {"promote", "promoted"}};

    private Notifications() {
    }

    static boolean enabled(CloneResource c) {
        String v = c.meta().get("notify");
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    /** Creates the pre/post pseudo actions of a clone, next to its other pseudo actions. */
    static void addPseudoActions(CloneResource c, ActionIndex index) {
        if (!enabled(c)) {
            return;
        }
        for (String[] t : TASKS) {
            if (index.pseudo(c, t[0]) != null) {
                index.add(Action.Kind.PSEUDO, c.id(), null, "pre_notify_" + t[0], 0, null);
                index.add(Action.Kind.PSEUDO, c.id(), null, "post_notify_" + t[1], 0, null);
            }
        }
    }

    /** Creates the notify actions themselves and links every round. */
    static void addNotifies(WorkingSet ws, Plans plans, ActionIndex index) {
        for (Resource r : ws.processingOrder()) {
            if (!(r instanceof CloneResource c) || !enabled(c)) {
                continue;
            }
            Action previousConfirmed = null;
            for (String[] t : TASKS) {
                Action task = index.pseudo(c, t[0]);
                if (task == null) {
                    continue;
                }
                Action pre = index.pseudo(c, "pre_notify_" + t[0]);
                Action post = index.pseudo(c, "post_notify_" + t[1]);
                pre.after(previousConfirmed);
                task.after(round(c, plans, index, pre, true, "confirmed-pre_notify_" + t[0]));
                post.after(index.pseudo(c, t[1]));
                previousConfirmed = round(c, plans, index, post, false, "confirmed-post_notify_" + t[1]);
            }
        }
    }

    private static Action round(CloneResource c, Plans plans, ActionIndex index, Action begin, boolean before,
            String confirmedTask) {
        List<Action> notes = new ArrayList<>();
        for (Primitive p : c.primitives()) {
            ResourcePlan plan = plans.of(p);
            if (before) {
                for (ClusterNode n : p.activeOn().keySet()) {
                    if (!n.unclean()) {
                        notes.add(index.add(Action.Kind.RESOURCE, p.id(), p, "notify", 0, n));
                    }
                }
            } else if (plan.willBeActive() && !plan.next.unclean()) {
                notes.add(index.add(Action.Kind.RESOURCE, p.id(), p, "notify", 0, plan.next));
            }
        }
        Action confirmed = index.add(Action.Kind.PSEUDO, c.id(), null, confirmedTask, 0, null);
        for (Action n : notes) {
            n.after(begin);
            confirmed.after(n);
        }
        confirmed.after(begin);
        return confirmed;
    }
}
