package org.jcrm.engine.scheduler.unpack;

import java.util.Map;

/**
 * One configured operation ({@code <op>}): name, interval in milliseconds, role, on-fail, and the
 * instance attributes given to this operation alone (they enter its definition digest).
 */
public record OpConfig(String name, long intervalMs, Role role, String onFail, boolean enabled, String id,
        Map<String, String> params) {

    /** An operation without instance attributes of its own. */
    public OpConfig(String name, long intervalMs, Role role, String onFail, boolean enabled, String id) {
        this(name, intervalMs, role, onFail, enabled, id, Map.of());
    }
}
