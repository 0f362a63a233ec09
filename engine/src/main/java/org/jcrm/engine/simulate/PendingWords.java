package org.jcrm.engine.simulate;

/** The words status displays use for a resource whose operation is still in flight ("Starting"...). */
final class PendingWords {
    private PendingWords() {
    }

    /** The state word replacing the role for a pending task, or null when the role is shown. */
    static String state(String task) {
        if (task == null) {
            return null;
        }
        return switch (task) {
            case "start" -> "Starting";
            case "stop" -> "Stopping";
            case "migrate_to", "migrate_from" -> "Migrating";
            case "promote" -> "Promoting";
            case "demote" -> "Demoting";
            default -> null;
        };
    }
}
