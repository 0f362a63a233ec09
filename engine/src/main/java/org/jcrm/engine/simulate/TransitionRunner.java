package org.jcrm.engine.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.scheduler.actions.Action;

/**
 * Runs a transition's actions in graph order: repeatedly walks the actions in synapse order and fires
 * each whose inputs have all completed, until nothing more can fire. Reports each fired action.
 */
public final class TransitionRunner {
    /** Told about each action as it fires. */
    public interface Listener {
        void fired(Action action);
    }

    private TransitionRunner() {
    }

    /** Returns the actions that never became ready (waiting on something that did not complete). */
    public static List<Action> run(List<Action> actions, ActionHandler handler, Listener listener) {
        Set<Action> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Action a : actions) {
                if (done.contains(a) || !done.containsAll(a.inputs())) {
                    continue;
                }
                listener.fired(a);
                if (handler.execute(a)) {
                    done.add(a);
                    progress = true;
                }
            }
        }
        return actions.stream().filter(a -> !done.contains(a)).toList();
    }

    /** The line crm_simulate prints for a fired action. */
    public static String describe(Action a) {
        return switch (a.kind()) {
            case FENCE -> "  * Fencing " + a.node().uname() + " (" + a.task() + ")";
            case CLUSTER -> "  * Cluster action:  " + a.task() + " on " + a.node().uname();
            case PSEUDO -> "  * Pseudo action:   " + a.key();
            case RESOURCE -> String.format("  * Resource action: %-15s %s on %s", a.displayName(), a.taskText(), a.node().uname());
        };
    }
}
