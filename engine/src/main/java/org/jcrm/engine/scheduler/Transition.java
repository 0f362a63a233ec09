package org.jcrm.engine.scheduler;

import java.util.List;
import org.jcrm.engine.scheduler.actions.Action;
import org.jcrm.engine.scheduler.actions.SummaryItem;
import org.jcrm.engine.scheduler.assign.Explanation;
import org.jcrm.engine.scheduler.assign.ScoreLog;
import org.jcrm.engine.scheduler.unpack.WorkingSet;

/**
 * The scheduler's answer: the actions to run (in graph order, each with the actions it waits for),
 * the summary of changes, the scores behind the placement and the working set it was computed from.
 */
public record Transition(WorkingSet workingSet, List<Action> actions, List<SummaryItem> summary, ScoreLog scores,
        Explanation explanation) {
}
