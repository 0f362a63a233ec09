package org.jcrm.engine.scheduler.unpack;

/** A ticket's state from the status section. */
public record Ticket(String id, boolean granted, boolean standby) {
}
