package org.jcrm.engine.scheduler.actions;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * Orders fencing actions among themselves: the designated controller is fenced after every other
 * node, and without concurrent fencing the others are fenced one at a time in node order.
 */
final class FencingOrder {
    private FencingOrder() {
    }

    static void link(WorkingSet ws, List<Action> fencing) {
        List<Action> others = new ArrayList<>();
        Action dc = null;
        for (Action f : fencing) {
            if (f.node() != null && Boolean.parseBoolean(f.node().attributes().get("#is_dc"))) {
                dc = f;
            } else {
                others.add(f);
            }
        }
        if (!ws.booleanOption("concurrent-fencing", true)) {
            for (int i = 1; i < others.size(); i++) {
                others.get(i).after(others.get(i - 1));
            }
        }
        if (dc != null) {
            others.forEach(dc::after);
        }
    }
}
