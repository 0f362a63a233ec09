package org.jcrm.engine.scheduler.unpack;

/** A resource's role on a node, ordered from least to most active as in Pacemaker. */
public enum Role {
    UNKNOWN("Unknown"), STOPPED("Stopped"), STARTED("Started"), UNPROMOTED("Unpromoted"), PROMOTED("Promoted");

    private final String text;

    Role(String text) {
        this.text = text;
    }

    /** The word crm_simulate prints. */
    public String text() {
        return text;
    }

    /** Reads a role name, accepting the pre-2.1 names Master and Slave. */
    public static Role parse(String s) {
        if (s == null) {
            return UNKNOWN;
        }
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "stopped" -> STOPPED;
            case "started" -> STARTED;
            case "slave", "unpromoted" -> UNPROMOTED;
            case "master", "promoted" -> PROMOTED;
            default -> UNKNOWN;
        };
    }

    public boolean isActive() {
        return this.ordinal() >= STARTED.ordinal();
    }
}
