package org.jcrm.engine.scheduler.actions;

/**
 * One line of the transition summary: the verb (Start, Stop, Move, Recover, Promote...), the resource
 * or node, the detail in parentheses (may be null for fencing) and an optional reason.
 */
public record SummaryItem(String verb, String subject, String detail, String reason) {
}
