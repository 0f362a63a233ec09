package org.jcrm.engine.scheduler.actions;

import java.util.List;
import org.jcrm.engine.scheduler.unpack.ClusterNode;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Under a placement strategy other than "default", each node gets a "load_stopped_NODE" pseudo action
 * that follows the stops on that node and precedes the starts (and migrations) onto it, so that
 * capacity is freed before it is used.
 */
final class LoadStopped {
    private LoadStopped() {
    }

    static void add(WorkingSet ws, ActionIndex index) {
        if (ws.option("placement-strategy", "default").equals("default")) {
            return;
        }
        List<Action> existing = List.copyOf(index.all());
        List<ClusterNode> nodes = ws.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            ClusterNode n = nodes.get(i);
            Action load = index.add(Action.Kind.PSEUDO, null, null, "load_stopped_" + n.uname(), 0, n);
            for (Action a : existing) {
                if (a.kind() != Action.Kind.RESOURCE || a.primitive() == null) {
                    continue;
                }
                if (a.task().equals("stop") && n.equals(a.node())) {
                    load.after(a);
                } else if (n.equals(destination(a, index))) {
                    a.after(load);
                }
            }
        }
    }

    /** The node a start or migration brings the resource to, or null for other actions. */
    private static ClusterNode destination(Action a, ActionIndex index) {
        return switch (a.task()) {
            case "start" -> a.node();
            case "migrate_to" -> index.of(a.primitive(), "migrate_from").stream().map(Action::node).findFirst().orElse(null);
            default -> null;
        };
    }
}
