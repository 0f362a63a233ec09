package org.jcrm.agents.process;

import java.util.function.IntUnaryOperator;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * Turns a {@link ProcessOutcome} into an {@link ActionResult}: maps the class's exit codes to OCF
 * codes, picks the {@code ocf-exit-reason:} line from stderr, and explains every abnormal end
 * (failed launch, timeout, signal, undefined code, truncated output) in the exit reason.
 */
public final class ResultTranslator {
    /** The prefix of stderr lines that carry an agent's exit reason. */
    public static final String EXIT_REASON_PREFIX = "ocf-exit-reason:";

    private ResultTranslator() {
    }

    /** Translates {@code outcome} of {@code agent}, mapping normal exit codes with {@code toOcf}. */
    public static ActionResult translate(ProcessOutcome outcome, String agent, IntUnaryOperator toOcf) {
        String reason = exitReason(outcome.stderr());
        String output = output(outcome);
        if (!outcome.launchError().isEmpty()) {
            int rc = switch (outcome.launchFailure()) {
                case NOT_FOUND -> OcfCode.ERR_INSTALLED;
                case NOT_PERMITTED -> OcfCode.ERR_PERM;
                default -> OcfCode.ERR_GENERIC;
            };
            OpStatus st = rc == OcfCode.ERR_INSTALLED ? OpStatus.NOT_INSTALLED : OpStatus.ERROR_HARD;
            return new ActionResult(rc, st, agent + " " + outcome.abnormalEnd(), output, outcome.elapsed());
        }
        if (outcome.timedOut()) {
            return new ActionResult(OcfCode.ERR_GENERIC, OpStatus.TIMEOUT, agent + " " + outcome.abnormalEnd(),
                    output, outcome.elapsed());
        }
        if (outcome.signal() != 0) {
            return new ActionResult(OcfCode.ERR_GENERIC, OpStatus.ERROR, agent + " " + outcome.abnormalEnd(),
                    output, outcome.elapsed());
        }
        int rc = toOcf.applyAsInt(outcome.exitCode());
        if (!OcfCode.isDefined(rc)) {
            if (reason.isEmpty()) {
                reason = agent + " returned undefined exit code " + outcome.exitCode();
            }
            rc = OcfCode.ERR_GENERIC;
        }
        return new ActionResult(rc, OpStatus.DONE, reason, output, outcome.elapsed());
    }

    /** The last exit reason an agent wrote on stderr, or "". */
    public static String exitReason(String stderr) {
        String reason = "";
        for (String line : stderr.split("\n")) {
            int at = line.indexOf(EXIT_REASON_PREFIX);
            if (at >= 0) {
                reason = printable(line.substring(at + EXIT_REASON_PREFIX.length()).strip());
            }
        }
        return reason;
    }

    private static String output(ProcessOutcome outcome) {
        StringBuilder sb = new StringBuilder(outcome.stdout());
        for (String line : outcome.stderr().split("\n")) {
            if (!line.isEmpty() && !line.contains(EXIT_REASON_PREFIX)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                sb.append(line).append('\n');
            }
        }
        if (outcome.truncated()) {
            sb.append("[output truncated at ").append(ProcessRunner.OUTPUT_LIMIT).append(" bytes]\n");
        }
        return sb.toString();
    }

    /** Replaces control characters so that a garbage reason cannot break a log line or the CIB. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.length() > 512 ? sb.substring(0, 512) + "..." : sb.toString();
    }
}
