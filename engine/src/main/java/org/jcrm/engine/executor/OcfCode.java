package org.jcrm.engine.executor;

/**
 * The OCF 1.1 return codes every agent result is expressed in (LSB and fence results are mapped onto
 * them), with the check for codes the standard defines.
 */
public final class OcfCode {
    public static final int SUCCESS = 0;
    public static final int ERR_GENERIC = 1;
    public static final int ERR_ARGS = 2;
    public static final int ERR_UNIMPLEMENTED = 3;
    public static final int ERR_PERM = 4;
    public static final int ERR_INSTALLED = 5;
    public static final int ERR_CONFIGURED = 6;
    public static final int NOT_RUNNING = 7;
    public static final int RUNNING_PROMOTED = 8;
    public static final int FAILED_PROMOTED = 9;
    public static final int DEGRADED = 190;
    public static final int DEGRADED_PROMOTED = 191;

    private OcfCode() {
    }

    /** Whether OCF 1.1 defines {@code rc}; any other code counts as a generic error. */
    public static boolean isDefined(int rc) {
        return (rc >= SUCCESS && rc <= FAILED_PROMOTED) || rc == DEGRADED || rc == DEGRADED_PROMOTED;
    }

    /** The standard's short name for {@code rc}, e.g. "not running" for 7. */
    public static String describe(int rc) {
        return switch (rc) {
            case SUCCESS -> "ok";
            case ERR_GENERIC -> "error";
            case ERR_ARGS -> "invalid parameter";
            case ERR_UNIMPLEMENTED -> "unimplemented feature";
            case ERR_PERM -> "insufficient privileges";
            case ERR_INSTALLED -> "not installed";
            case ERR_CONFIGURED -> "not configured";
            case NOT_RUNNING -> "not running";
            case RUNNING_PROMOTED -> "promoted";
            case FAILED_PROMOTED -> "promoted (failed)";
            case DEGRADED -> "degraded";
            case DEGRADED_PROMOTED -> "promoted (degraded)";
            default -> "undefined code " + rc;
        };
    }
}
