package org.jcrm.engine.store;

import org.jcrm.engine.cib.Cib;

/**
 * The version of a CIB, (admin_epoch, epoch, num_updates), compared in that order as Pacemaker does:
 * the newer CIB is the one with the larger tuple.
 */
public record CibVersion(long adminEpoch, long epoch, long numUpdates) implements Comparable<CibVersion> {

    /** The version written in a CIB's root attributes; absent or malformed counters read as 0. */
    public static CibVersion of(Cib cib) {
        return of(cib.getAdminEpoch(), cib.getEpoch(), cib.getNumUpdates());
    }

    /** The version from the root attributes' values (null when absent), read as {@link #of(Cib)} reads them. */
    public static CibVersion of(String adminEpoch, String epoch, String numUpdates) {
        return new CibVersion(number(adminEpoch), number(epoch), number(numUpdates));
    }

    /** The version after a configuration change: epoch + 1 and num_updates back to 0. */
    public CibVersion nextEpoch() {
        return new CibVersion(adminEpoch, epoch + 1, 0);
    }

    /** Writes this version into a CIB's root attributes. */
    public void applyTo(Cib cib) {
        cib.setAdminEpoch(Long.toString(adminEpoch));
        cib.setEpoch(Long.toString(epoch));
        cib.setNumUpdates(Long.toString(numUpdates));
    }

    @Override
    public int compareTo(CibVersion other) {
        int c = Long.compare(adminEpoch, other.adminEpoch);
        if (c == 0) {
            c = Long.compare(epoch, other.epoch);
        }
        return c != 0 ? c : Long.compare(numUpdates, other.numUpdates);
    }

    @Override
    public String toString() {
        return adminEpoch + "." + epoch + "." + numUpdates;
    }

    private static long number(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
