package org.jcrm.engine.executor;

/**
 * How an action execution ended, independent of the agent's return code: the op-status numbers
 * Pacemaker records in {@code lrm_rsc_op} entries.
 */
public enum OpStatus {
    PENDING(-1),
    DONE(0),
    CANCELLED(1),
    TIMEOUT(2),
    NOT_SUPPORTED(3),
    ERROR(4),
    ERROR_HARD(5),
    ERROR_FATAL(6),
    NOT_INSTALLED(7),
    NOT_CONNECTED(8),
    INVALID(9),
    NO_FENCE_DEVICE(10),
    NO_SECRETS(11);

    private final int code;

    OpStatus(int code) {
        this.code = code;
    }

    /** The number written to the CIB's op-status attribute. */
    public int code() {
        return code;
    }

    /** The status with the given CIB number. */
    public static OpStatus ofCode(int code) {
        for (OpStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown op-status " + code);
    }
}
