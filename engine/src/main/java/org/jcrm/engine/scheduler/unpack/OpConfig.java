package org.jcrm.engine.scheduler.unpack;

/** One configured operation ({@code <op>}): name, interval in milliseconds, role and on-fail. */
public record OpConfig(String name, long intervalMs, Role role, String onFail, boolean enabled, String id) {
}
