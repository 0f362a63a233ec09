package org.jcrm.engine.scheduler.differential;

import java.util.List;
import java.util.Map;

/**
 * A generated top-level resource and the primitives whose operation histories the status section
 * may record for it.
 *
 * @param id        the top-level id (primitive, group or clone)
 * @param kind      what the top-level resource is
 * @param instances the history entries it may have: one per primitive, or per primitive and clone
 *                  instance number for globally unique clones
 * @param maxPerNode how many instances of one primitive a node may run (1 but for unique clones)
 */
record GenResource(String id, Kind kind, List<Instance> instances, int maxPerNode) {

    /** The kinds of top-level resources generated. */
    enum Kind {
        PRIMITIVE, FENCE, GROUP, CLONE, UNIQUE_CLONE, PROMOTABLE;

        boolean cloned() {
            return this == CLONE || this == UNIQUE_CLONE || this == PROMOTABLE;
        }
    }

    /**
     * One history entry: the lrm_resource id, its agent and whether it can be promoted.
     *
     * @param lrmId      the id recorded in lrm_resource ("p", or "p:2" for unique clones)
     * @param primitive  the configured primitive's id (for fail-count and promotion attributes)
     * @param params     its instance attributes (for the recorded op-digest)
     */
    record Instance(String lrmId, String primitive, String agentClass, String provider, String type, boolean promotable,
            Map<String, String> params) {

        /** The same primitive as clone instance {@code n}. */
        Instance numbered(int n) {
            return new Instance(lrmId + ":" + n, primitive, agentClass, provider, type, promotable, params);
        }
    }
}
