package org.jcrm.engine.executor;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one action execution: the OCF return code, the op-status, the agent's exit reason
 * (empty when it gave none), what it printed (possibly truncated) and how long it ran.
 */
public record ActionResult(int rc, OpStatus status, String exitReason, String output, Duration execTime) {
    public ActionResult {
        Objects.requireNonNull(status, "status");
        exitReason = exitReason == null ? "" : exitReason;
        output = output == null ? "" : output;
        execTime = execTime == null ? Duration.ZERO : execTime;
    }

    /** A result that did not come from running an agent (not installed, cancelled, refused...). */
    public static ActionResult failed(int rc, OpStatus status, String reason) {
        return new ActionResult(rc, status, reason, "", Duration.ZERO);
    }

    /** Whether the action completed and the agent answered {@code rc}. */
    public boolean is(int expectedRc) {
        return status == OpStatus.DONE && rc == expectedRc;
    }

    /** Whether two results say the same thing about the resource (used to report only changes). */
    public boolean sameOutcome(ActionResult other) {
        return other != null && rc == other.rc && status == other.status;
    }

    /** One line for logs and the shell: {@code rc=7 (not running) status=DONE reason=...}. */
    public String summary() {
        StringBuilder sb = new StringBuilder()
                .append("rc=").append(rc).append(" (").append(OcfCode.describe(rc)).append(")");
        if (status != OpStatus.DONE) {
            sb.append(" status=").append(status.name().toLowerCase().replace('_', ' '));
        }
        if (!exitReason.isEmpty()) {
            sb.append(": ").append(exitReason);
        }
        return sb.toString();
    }
}
