package org.jcrm.engine.scheduler.status;

/**
 * One operation recorded in a resource's history on a node ({@code lrm_rsc_op}), with the fields the
 * scheduler reads already parsed: missing or malformed numbers read as 0, a missing task as "".
 * The digest fields are null when the operation recorded none.
 */
public record RecordedOp(String task, long intervalMs, int rc, int status, int expectedRc, long callId,
        long lastRcChange, String digest, String featureSet, String restartDigest, String forceRestart,
        String secureParams, String secureDigest) {
    /** The exit code of an operation still in flight. */
    public static final int PENDING_RC = 193;
    /** Stands for an expected exit code the transition key does not give. */
    static final int NO_EXPECTED_RC = Integer.MIN_VALUE;

    /** Parses the raw attribute values of an operation. */
    public static RecordedOp of(OpFields f) {
        String task = f.get(OpFields.OPERATION) == null ? "" : f.get(OpFields.OPERATION);
        return of(task, parseLong(f.get(OpFields.INTERVAL), 0), parseLong(f.get(OpFields.RC_CODE), 0),
                parseLong(f.get(OpFields.OP_STATUS), 0), expectedRc(f.get(OpFields.TRANSITION_KEY)),
                parseLong(f.get(OpFields.CALL_ID), 0), parseLong(f.get(OpFields.LAST_RC_CHANGE), 0),
                f.get(OpFields.OP_DIGEST), f.get(OpFields.FEATURE_SET), f.get(OpFields.RESTART_DIGEST),
                f.get(OpFields.FORCE_RESTART), f.get(OpFields.SECURE_PARAMS), f.get(OpFields.SECURE_DIGEST));
    }

    /**
     * An operation from values already read as numbers: the exit code and status as recorded, and the
     * expected exit code from the transition key or {@link #NO_EXPECTED_RC}.
     */
    static RecordedOp of(String task, long interval, long recordedRc, long recordedStatus, int keyRc, long callId,
            long lastRcChange, String digest, String featureSet, String restartDigest, String forceRestart,
            String secureParams, String secureDigest) {
        int rc = (int) recordedRc;
        // degraded results (190, 191) still mean running (promoted)
        rc = rc == 190 ? 0 : rc == 191 ? 8 : rc;
        int status = (int) recordedStatus;
        if (status == 4) {
            // an "error" status with a meaningful exit code is judged by the exit code
            status = 0;
        }
        int expected = keyRc != NO_EXPECTED_RC ? keyRc : task.equals("monitor") && interval == 0 ? 7 : 0;
        return new RecordedOp(task, interval, rc, status, expected, callId, lastRcChange, digest, featureSet,
                restartDigest, forceRestart, secureParams, secureDigest);
    }

    public boolean pending() {
        return status == -1 || rc == PENDING_RC;
    }

    public boolean succeeded() {
        if (status != 0) {
            return false;
        }
        if (task.equals("monitor") && intervalMs == 0) {
            return rc == 0 || rc == 7 || rc == 8;
        }
        return rc == expectedRc || (rc == 8 && expectedRc == 0 && task.equals("monitor"));
    }

    /** {@code s} as a number (surrounding blanks allowed), or {@code fallback} when absent or malformed. */
    public static long parseLong(String s, long fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The exit code a transition key expects: its third colon-separated field, or {@link #NO_EXPECTED_RC}
     * when there is none (as with String.split, a third field counts only when something other than
     * ':' follows the second colon).
     */
    static int expectedRc(String key) {
        if (key != null) {
            int first = key.indexOf(':');
            int second = first < 0 ? -1 : key.indexOf(':', first + 1);
            if (second >= 0 && hasFieldAfter(key, second)) {
                int third = key.indexOf(':', second + 1);
                return (int) parseLong(key.substring(second + 1, third < 0 ? key.length() : third), 0);
            }
        }
        return NO_EXPECTED_RC;
    }

    private static boolean hasFieldAfter(String key, int colon) {
        for (int i = colon + 1; i < key.length(); i++) {
            if (key.charAt(i) != ':') {
                return true;
            }
        }
        return false;
    }
}
