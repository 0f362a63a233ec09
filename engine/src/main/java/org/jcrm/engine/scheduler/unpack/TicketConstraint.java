package org.jcrm.engine.scheduler.unpack;

/** A resource that depends on a ticket, with the loss-policy applied when the ticket is not granted. */
public record TicketConstraint(String id, Resource resource, String ticket, Role role, String lossPolicy) {
}
