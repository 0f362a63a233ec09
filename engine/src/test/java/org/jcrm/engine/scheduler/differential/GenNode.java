package org.jcrm.engine.scheduler.differential;

import java.util.Map;

/**
 * A generated cluster node: its corosync id, name, membership state and node attributes (used by
 * location rules).
 */
record GenNode(String id, String name, State state, Map<String, String> attributes) {

    /** How the node looks in the status section. */
    enum State {
        /** Member, controller online. */
        UP,
        /** Member and online, but in standby. */
        STANDBY,
        /** Cleanly shut down: out of the membership and expected down. */
        DOWN,
        /** Lost while expected to be a member: needs fencing. */
        UNCLEAN;

        boolean online() {
            return this == UP || this == STANDBY;
        }
    }
}
