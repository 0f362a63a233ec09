package org.jcrm.engine.scheduler.unpack;

/** "dependent with primary": the dependent is placed relative to where the primary goes. */
public record Colocation(String id, Resource dependent, Resource primary, int score, Role dependentRole,
        Role primaryRole, boolean influence) {
}
