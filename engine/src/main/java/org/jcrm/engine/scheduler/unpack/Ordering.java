package org.jcrm.engine.scheduler.unpack;

/**
 * "first firstAction then then thenAction". {@code kind} is Mandatory, Optional or Serialize;
 * the reverse of a symmetrical ordering is unpacked as its own Ordering.
 */
public record Ordering(String id, Resource first, String firstAction, Resource then, String thenAction,
        String kind, boolean symmetrical) {
    public boolean mandatory() {
        return kind.equals("Mandatory");
    }
}
