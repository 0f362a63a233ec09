package org.jcrm.engine.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jcrm.engine.scheduler.Transition;

/**
 * The whole crm_simulate-style text for one transition: current status, transition summary, the
 * executed actions and the revised status.
 */
public final class SimulationReport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private SimulationReport() {
    }

    /** Options of the report. {@code executionDate} prints the "original execution date" line when non-null. */
    public record Options(boolean showStatus, boolean simulate, Instant executionDate, boolean showScores) {
        public Options(boolean showStatus, boolean simulate, Instant executionDate) {
            this(showStatus, simulate, executionDate, false);
        }
    }

    private static void disabledHeader(Transition t, StringBuilder out) {
        int total = 0;
        int disabled = 0;
        int blocked = 0;
        for (org.jcrm.engine.scheduler.unpack.Primitive p : t.workingSet().primitives()) {
            total++;
            if (p.targetRole() == org.jcrm.engine.scheduler.unpack.Role.STOPPED) {
                disabled++;
            }
            if (p.blockedByFailure()) {
                blocked++;
            }
        }
        if (disabled > 0 || blocked > 0) {
            out.append(disabled).append(" of ").append(total).append(" resource instances DISABLED and ").append(blocked)
                    .append(" BLOCKED from further action due to failure\n\n");
        }
    }

    public static String render(Transition t, Options options) {
        return render(t, options, null);
    }

    /** Renders the report; when {@code record} is given, every simulated action is also recorded in it. */
    public static String render(Transition t, Options options, org.w3c.dom.Document record) {
        StringBuilder out = new StringBuilder();
        if (options.executionDate() != null) {
            out.append("Using the original execution date of: ").append(DATE.format(options.executionDate())).append('\n');
        }
        if (t.workingSet().maintenanceMode()) {
            out.append("\n              *** Resource management is DISABLED ***\n")
                    .append("  The cluster will not attempt to start, stop or recover services\n\n");
        }
        disabledHeader(t, out);
        if (options.showStatus()) {
            out.append("Current cluster status:\n");
            StatusPrinter.print(new ClusterView(t.workingSet()), out);
            out.append('\n');
        }
        if (options.showScores()) {
            out.append("Allocation scores:\n");
            t.scores().lines().forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
        out.append("Transition Summary:\n");
        SummaryPrinter.print(t.summary(), out);
        if (options.simulate()) {
            out.append("\nExecuting Cluster Transition:\n");
            ClusterView after = new ClusterView(t.workingSet());
            after.forgetPending();
            ActionHandler handler = new SimulatedHandler(after);
            if (record != null) {
                handler = new StatusRecorder(record, handler);
            }
            TransitionRunner.run(t.actions(), handler,
                    a -> out.append(TransitionRunner.describe(a)).append('\n'));
            if (options.executionDate() != null) {
                // the revised status comes from re-reading the CIB, which announces its date again
                out.append("Using the original execution date of: ").append(DATE.format(options.executionDate())).append('\n');
            }
            out.append("\nRevised Cluster Status:\n");
            StatusPrinter.print(after, out);
        }
        return out.toString();
    }
}
