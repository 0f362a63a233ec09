package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.Primitive;

/**
 * One action of a transition: a resource operation on a node, a pseudo action that only marks a point
 * in the ordering graph (group and clone start/running...), a fencing action or a cluster action.
 * {@code inputs} are the actions that must complete first.
 */
public final class Action {
    /** What executes the action. */
    public enum Kind { RESOURCE, PSEUDO, FENCE, CLUSTER }

    private final int id;
    private final Kind kind;
    private final String rscId;
    private final Primitive primitive;
    private final String task;
    private final long intervalMs;
    private final ClusterNode node;
    private final List<Action> inputs = new ArrayList<>();

    Action(int id, Kind kind, String rscId, Primitive primitive, String task, long intervalMs, ClusterNode node) {
        this.id = id;
        this.kind = kind;
        this.rscId = rscId;
        this.primitive = primitive;
        this.task = task;
        this.intervalMs = intervalMs;
        this.node = node;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String rscId() {
        return rscId;
    }

    /** The resource name printed for this action: the id the node's history knows it by. */
    public String displayName() {
        return primitive == null || kind != Kind.RESOURCE ? rscId : primitive.nameOn(node);
    }

    public Primitive primitive() {
        return primitive;
    }

    public String task() {
        return task;
    }

    public long intervalMs() {
        return intervalMs;
    }

    public ClusterNode node() {
        return node;
    }

    public List<Action> inputs() {
        return inputs;
    }

    void after(Action first) {
        if (first != null && first != this && !inputs.contains(first)) {
            inputs.add(first);
        }
    }

    /** Pacemaker's operation key: {@code RSC_TASK_INTERVAL}. */
    public String key() {
        if (rscId == null) {
            return task; // a pseudo action of no resource, named whole ("load_stopped_node1")
        }
        return rscId + "_" + task + "_" + intervalMs;
    }

    /** The words crm_simulate prints for this action's task ("start", "monitor=10000", "monitor" for a probe). */
    public String taskText() {
        if (task.equals("monitor") && intervalMs > 0) {
            return "monitor=" + intervalMs;
        }
        return task;
    }

    @Override
    public String toString() {
        return key() + (node == null ? "" : " on " + node.uname());
    }
}
