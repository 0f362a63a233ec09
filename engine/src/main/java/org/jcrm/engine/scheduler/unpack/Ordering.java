package org.jcrm.engine.scheduler.unpack;

/**
 * "first firstAction then then thenAction". {@code kind} is Mandatory, Optional or Serialize;
 * the reverse of a symmetrical ordering is unpacked as its own Ordering. Without {@code requireAll},
 * one running instance of a clone first is enough.
 */
public record Ordering(String id, Resource first, String firstAction, Resource then, String thenAction,
        String kind, boolean symmetrical, boolean requireAll) {
    public boolean mandatory() {
        return kind.equals("Mandatory");
    }
}
