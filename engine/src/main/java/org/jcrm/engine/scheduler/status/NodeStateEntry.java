package org.jcrm.engine.scheduler.status;

import java.util.List;
import java.util.Map;

/**
 * One node's entry in the status section ({@code node_state}): its own attributes, its transient
 * attributes (the nvpairs of the first {@code transient_attributes}' sets, the first of a name
 * winning) and the resource histories of its first {@code lrm/lrm_resources}. All three may be
 * changed by what-if edits.
 */
public record NodeStateEntry(Map<String, String> attributes, Map<String, String> transientAttributes,
        List<ResourceHistory> resources) {
    /** The attribute's value, or null when absent. */
    public String attr(String name) {
        return attributes.get(name);
    }
}
