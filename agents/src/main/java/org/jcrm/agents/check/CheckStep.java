package org.jcrm.agents.check;

import java.util.Set;

/**
 * One step of a life-cycle check: the action run, the state it was run in, the exit codes that are
 * acceptable, the code the agent gave, what it said (its exit reason or first line of output), and what
 * is wrong when it does not pass (empty when it passes).
 */
public record CheckStep(int number, String action, String situation, Set<Integer> expected, int actual,
                        String detail, String problem) {
    public CheckStep {
        expected = Set.copyOf(expected);
    }

    /** Whether the agent behaved as the cluster needs in this step. */
    public boolean passed() {
        return problem.isEmpty();
    }
}
