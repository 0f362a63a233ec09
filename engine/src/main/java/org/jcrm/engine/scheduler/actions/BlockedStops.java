package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.GroupResource;
import org.jcrm.engine.scheduler.unpack.Ordering;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Resource;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Stops that cannot run because a mandatory ordering puts them after the stop of an active resource
 * the cluster may not act on (unmanaged or blocked): the resource stays where it is and the summary
 * lists its stop as blocked.
 */
final class BlockedStops {
    private record StopOrder(Resource first, Resource then) {
    }

    private BlockedStops() {
    }

    static void apply(WorkingSet ws, Plans plans) {
        List<StopOrder> orders = new ArrayList<>();
        for (Ordering o : ws.orderings()) {
            if (o.mandatory() && o.firstAction().equals("stop") && o.thenAction().equals("stop")) {
                orders.add(new StopOrder(o.first(), o.then()));
            }
        }
        for (Resource r : ws.resources()) {
            groupStops(r, orders);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StopOrder o : orders) {
                if (!frozenActive(o.first(), plans)) {
                    continue;
                }
                for (Primitive p : o.then().primitives()) {
                    ResourcePlan plan = plans.of(p);
                    if (!plan.frozen && plan.next == null && plan.stops() && p.activeOn().size() == 1) {
                        plan.frozen = true;
                        plan.stopBlocked = true;
                        plan.blockedStopReason = plan.stopReason;
                        changed = true;
                    }
                }
            }
        }
    }

    private static boolean frozenActive(Resource r, Plans plans) {
        return r.primitives().stream().anyMatch(p -> plans.of(p).frozen && !p.activeOn().isEmpty());
    }

    /** Later members of an ordered group stop before earlier ones. */
    private static void groupStops(Resource r, List<StopOrder> out) {
        if (r instanceof GroupResource g && g.ordered()) {
            for (int i = 1; i < g.children().size(); i++) {
                out.add(new StopOrder(g.children().get(i), g.children().get(i - 1)));
            }
        }
        for (Resource c : r.children()) {
            groupStops(c, out);
        }
    }
}
