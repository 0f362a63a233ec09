package org.jcrm.engine.simulate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.scheduler.unpack.Role;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * A mutable picture of the cluster for printing: which nodes are up and where each primitive runs in
 * which role. Built from a working set, then changed action by action by the transition runner.
 */
public final class ClusterView {
    private final WorkingSet ws;
    private final Map<Primitive, Map<ClusterNode, Role>> active = new LinkedHashMap<>();
    private final Set<Primitive> failed = new LinkedHashSet<>();
    private final Set<ClusterNode> down = new LinkedHashSet<>();
    private boolean pendingShown = true;

    public ClusterView(WorkingSet ws) {
        this.ws = ws;
        for (Primitive p : ws.primitives()) {
            active.put(p, new LinkedHashMap<>(p.activeOn()));
            if (p.isFailed()) {
                failed.add(p);
            }
        }
    }

    public WorkingSet workingSet() {
        return ws;
    }

    public Map<ClusterNode, Role> activeOn(Primitive p) {
        return active.getOrDefault(p, Map.of());
    }

    public boolean failed(Primitive p) {
        return failed.contains(p);
    }

    public boolean down(ClusterNode n) {
        return down.contains(n);
    }

    /** The operation recorded as still in flight for {@code p} on {@code n}, or null (always null once simulated). */
    public String pendingTask(Primitive p, ClusterNode n) {
        return pendingShown ? p.pendingOn().get(n) : null;
    }

    /** The simulation completes or replaces whatever was in flight. */
    void forgetPending() {
        pendingShown = false;
    }

    void started(Primitive p, ClusterNode n, Role role) {
        active.get(p).put(n, role);
        failed.remove(p);
    }

    void stopped(Primitive p, ClusterNode n) {
        active.get(p).remove(n);
        if (active.get(p).isEmpty()) {
            failed.remove(p);
        }
    }

    void nodeDown(ClusterNode n) {
        down.add(n);
        for (Map<ClusterNode, Role> m : active.values()) {
            m.remove(n);
        }
    }
}
