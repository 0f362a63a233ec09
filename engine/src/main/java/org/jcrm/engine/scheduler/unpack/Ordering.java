package org.jcrm.engine.scheduler.unpack;

/**
 * "first firstAction then then thenAction". {@code kind} is Mandatory, Optional or Serialize;
 * the reverse of a symmetrical ordering is unpacked as its own Ordering. Without {@code requireAll},
 * one running instance of a clone first is enough; {@code oneOrMoreSet} names the resource set
 * with require-all="false" that first belongs to (null otherwise): one running member of that set is enough.
 */
public record Ordering(String id, Resource first, String firstAction, Resource then, String thenAction,
        String kind, boolean symmetrical, boolean requireAll, String oneOrMoreSet) {

    /** An ordering whose first is not a member of a require-all="false" set. */
    public Ordering(String id, Resource first, String firstAction, Resource then, String thenAction,
            String kind, boolean symmetrical, boolean requireAll) {
        this(id, first, firstAction, then, thenAction, kind, symmetrical, requireAll, null);
    }

    public boolean mandatory() {
        return kind.equals("Mandatory");
    }
}
