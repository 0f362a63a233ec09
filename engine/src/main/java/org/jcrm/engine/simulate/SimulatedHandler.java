package org.jcrm.engine.simulate;

import org.jcrm.engine.scheduler.actions.Action;
import org.jcrm.engine.scheduler.unpack.Role;

/** Pretends every action succeeds and records its effect on a {@link ClusterView}, as crm_simulate does. */
public final class SimulatedHandler implements ActionHandler {
    private final ClusterView view;

    public SimulatedHandler(ClusterView view) {
        this.view = view;
    }

    @Override
    public boolean execute(Action a) {
        switch (a.kind()) {
            case FENCE -> view.nodeDown(a.node());
            case CLUSTER -> {
                if (a.task().equals("do_shutdown")) {
                    view.nodeDown(a.node());
                }
            }
            default -> {
                if (a.primitive() == null || a.node() == null) {
                    return true;
                }
                boolean promotable = a.primitive().cloneAncestor() != null && a.primitive().cloneAncestor().promotable();
                switch (a.task()) {
                    case "start", "migrate_from" -> view.started(a.primitive(), a.node(), promotable ? Role.UNPROMOTED : Role.STARTED);
                    case "stop" -> view.stopped(a.primitive(), a.node());
                    case "promote" -> view.started(a.primitive(), a.node(), Role.PROMOTED);
                    case "demote" -> view.started(a.primitive(), a.node(), Role.UNPROMOTED);
                    default -> { }
                }
            }
        }
        return true;
    }
}
