package org.jcrm.agents.process;

import java.time.Duration;

/**
 * What happened when an agent process ran: its exit status (or the signal that ended it), whether it
 * was killed for overrunning its timeout, what it wrote on stdout and stderr (each capped) and how long
 * it took. {@code launchError} is non-empty when the process could not be started at all.
 */
public record ProcessOutcome(int exitCode, int signal, boolean timedOut, String stdout, String stderr,
                             boolean truncated, Duration elapsed, String launchError, LaunchFailure launchFailure) {

    /** Why a process could not be started. */
    public enum LaunchFailure {
        /** It started. */
        NONE,
        /** The program or its interpreter does not exist. */
        NOT_FOUND,
        /** The program may not be executed. */
        NOT_PERMITTED,
        /** Any other reason. */
        OTHER
    }

    /** An outcome for a process that could not be started. */
    static ProcessOutcome notLaunched(LaunchFailure why, String message, String stdout, Duration elapsed) {
        return new ProcessOutcome(-1, 0, false, stdout, "", false, elapsed, message, why);
    }

    /** Whether the process ran and exited by itself (not by signal, timeout or failed launch). */
    public boolean exitedNormally() {
        return launchError.isEmpty() && !timedOut && signal == 0;
    }

    /** A short description of an abnormal end, e.g. "terminated by signal 9 (KILL)". */
    public String abnormalEnd() {
        if (!launchError.isEmpty()) {
            return "could not run: " + launchError;
        }
        if (timedOut) {
            return "timed out after " + elapsed.toMillis() + "ms; its process group was killed";
        }
        if (signal != 0) {
            return "terminated by signal " + signal + signalName(signal);
        }
        return "";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 1 -> " (HUP)";
            case 2 -> " (INT)";
            case 6 -> " (ABRT)";
            case 9 -> " (KILL)";
            case 11 -> " (SEGV)";
            case 13 -> " (PIPE)";
            case 15 -> " (TERM)";
            default -> "";
        };
    }
}
