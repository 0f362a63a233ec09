package org.jcrm.engine.scheduler.actions;

import java.util.List;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/** The actions, orderings and graph stages together: from an assigned working set to actions and summary. */
public final class TransitionPlanner {
    /** The stage's output: the actions in synapse order and the summary lines. */
    public record Planned(List<Action> actions, List<SummaryItem> summary) {
    }

    private TransitionPlanner() {
    }

    public static Planned plan(WorkingSet ws) {
        Plans plans = new Plans(ws);
        List<SummaryItem> summary = SummaryWriter.write(ws, plans);
        List<Action> actions = ActionGraphBuilder.build(ws, plans);
        return new Planned(actions, summary);
    }
}
