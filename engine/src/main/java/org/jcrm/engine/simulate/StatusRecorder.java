package org.jcrm.engine.simulate;

import org.jcrm.engine.scheduler.actions.Action;
import org.w3c.dom.Document;

/** Records each simulated resource action as a successful operation in a CIB document's status (for --save-output). */
public final class StatusRecorder implements ActionHandler {
    private final Document doc;
    private final ActionHandler next;

    public StatusRecorder(Document doc, ActionHandler next) {
        this.doc = doc;
        this.next = next;
    }

    @Override
    public boolean execute(Action a) {
        if (a.kind() == Action.Kind.RESOURCE && a.node() != null) {
            String name = a.displayName();
            int rc = a.task().equals("monitor") && a.intervalMs() == 0 ? 7 : 0;
            CibEdits.recordOp(CibEdits.lrmResource(doc, a.node().uname(), name), name, a.task(), Long.toString(a.intervalMs()), rc);
        } else if (a.kind() == Action.Kind.FENCE || a.kind() == Action.Kind.CLUSTER) {
            CibEdits.change(doc, a.node().uname(), CibEdits.NodeChange.DOWN);
        }
        return next.execute(a);
    }
}
