package org.jcrm.engine.scheduler.unpack;

/** Naming conventions of clone instances in the status section ("rsc:2" is instance 2 of "rsc"). */
public final class StatusNames {
    private StatusNames() {
    }

    /** The id without a trailing ":N" instance number. */
    public static String baseName(String id) {
        return StatusUnpacker.baseName(id);
    }
}
