package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A set of name/value pairs ({@code <cluster_property_set>}), optionally guarded by rules. */
@XmlRootElement(name = "cluster_property_set")
public class ClusterPropertySet extends NvSet {
    @Override
    public ClusterPropertySet setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public ClusterPropertySet setIdRef(String idRef) {
        super.setIdRef(idRef);
        return this;
    }

    @Override
    public ClusterPropertySet setScore(String score) {
        super.setScore(score);
        return this;
    }
}
