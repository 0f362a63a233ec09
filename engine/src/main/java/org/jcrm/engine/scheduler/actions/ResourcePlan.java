package org.jcrm.engine.scheduler.actions;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Role;

/**
 * What happens to one primitive in this transition: the nodes it stops on, the node it starts on
 * (or stays on), its role afterwards and why, before actions are generated from it.
 */
final class ResourcePlan {
    final Primitive rsc;
    final Set<ClusterNode> stopOn = new LinkedHashSet<>();
    ClusterNode next;
    Role nextRole;
    boolean frozen;
    /** Moves by live migration (migrate_to, migrate_from) instead of stop and start. */
    boolean migrate;
    String stopReason;
    String restartReason;
    /** Why a move that could have migrated stops and starts instead: what it depends on cannot migrate. */
    String moveReason;
    /** Why the start on {@code next} cannot run; the summary still lists it, marked blocked. */
    String blockedReason;
    /** Why the promotion after an otherwise runnable start cannot run; the summary lists it, marked blocked. */
    String promoteBlockedReason;
    /** Whether the stop this plan needs cannot run; {@code blockedStopReason} says why it was wanted (may be null). */
    boolean stopBlocked;
    String blockedStopReason;

    ResourcePlan(Primitive rsc) {
        this.rsc = rsc;
        this.next = rsc.assigned();
        this.nextRole = rsc.nextRole();
    }

    boolean active() {
        return !rsc.activeOn().isEmpty();
    }

    boolean willBeActive() {
        return next != null && blockedReason == null;
    }

    /** Whether a start is needed on {@code next}. */
    boolean starts() {
        return next != null && blockedReason == null && (!rsc.activeOn().containsKey(next) || stopOn.contains(next));
    }

    /** Whether the agent reloads its changed definition in place on {@code next}. */
    boolean reloads() {
        return !frozen && next != null && blockedReason == null && rsc.reloadOn().contains(next) && !stopOn.contains(next)
                && rsc.activeOn().containsKey(next);
    }

    /** Whether a resource active in several places keeps running, untouched, where it belongs (multiple-active=stop_unexpected). */
    boolean keepsExpectedInstance() {
        return "stop_unexpected".equals(rsc.meta().get("multiple-active")) && rsc.activeOn().size() > 1
                && next != null && rsc.activeOn().containsKey(next);
    }

    boolean stops() {
        return !stopOn.isEmpty();
    }

    Role roleOn(ClusterNode n) {
        Role r = rsc.activeOn().get(n);
        return r == null ? Role.STOPPED : r;
    }
}
