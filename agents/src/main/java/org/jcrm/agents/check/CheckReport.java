package org.jcrm.agents.check;

import java.util.List;

/** The outcome of a life-cycle check: which agent, which file, and every step in order. */
public record CheckReport(String agent, String location, List<CheckStep> steps) {
    public CheckReport {
        steps = List.copyOf(steps);
    }

    /** Whether every step passed. */
    public boolean passed() {
        return steps.stream().allMatch(CheckStep::passed);
    }

    /** How many steps passed. */
    public long passedCount() {
        return steps.stream().filter(CheckStep::passed).count();
    }
}
