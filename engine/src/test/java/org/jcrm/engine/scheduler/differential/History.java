package org.jcrm.engine.scheduler.differential;

/**
 * What one resource's operation history on one node says happened, from which the lrm_rsc_op
 * entries and the failure attributes are written.
 */
enum History {
    /** Probed and found stopped. */
    PROBED_STOPPED(false),
    /** Started, recurring monitor fine. */
    RUNNING(true),
    /** Promoted (promotable resources only). */
    PROMOTED(true),
    /** Start failed: fail-count INFINITY for the start. */
    FAILED_START(false),
    /** Started, then the recurring monitor found it not running. */
    FAILED_MONITOR(true),
    /** Started, then the recurring monitor returned a generic error. */
    MONITOR_ERROR(true),
    /** Ran and was stopped cleanly. */
    STOPPED(false),
    /** The stop failed: the resource is still active and the node needs fencing. */
    FAILED_STOP(true);

    private final boolean active;

    History(boolean active) {
        this.active = active;
    }

    /** Whether the history leaves the resource active on the node. */
    boolean active() {
        return active;
    }
}
