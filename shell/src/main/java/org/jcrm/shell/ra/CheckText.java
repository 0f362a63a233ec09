package org.jcrm.shell.ra;

import java.io.PrintStream;
import org.jcrm.agents.check.CheckReport;
import org.jcrm.agents.check.CheckStep;
import org.jcrm.agents.check.LifecycleCheck;

/** Prints a life-cycle check step by step: what ran, what came back, what was expected, the verdict. */
final class CheckText {
    private final CheckReport report;

    CheckText(CheckReport report) {
        this.report = report;
    }

    private static String failure(CheckStep s) {
        return "FAILED: " + s.problem() + (s.detail().isEmpty() ? "" : " (it said: " + s.detail() + ")");
    }

    void print(PrintStream out) {
        out.println("Checking " + report.agent() + " (" + report.location() + "), which must be stopped now:");
        for (CheckStep s : report.steps()) {
            String what = String.format("%2d. %-8s (%s)", s.number(), s.action(), s.situation());
            String codes = "exit " + s.actual() + ", expected " + LifecycleCheck.expectedText(s);
            out.printf("  %-28s %-22s %s%n", what, codes, s.passed() ? "ok" : failure(s));
        }
        String verdict = report.passed() ? "behaves as the cluster needs" : "does NOT behave as the cluster needs";
        out.println(report.passedCount() + "/" + report.steps().size() + " steps passed: " + report.agent() + " "
                + verdict);
    }
}
