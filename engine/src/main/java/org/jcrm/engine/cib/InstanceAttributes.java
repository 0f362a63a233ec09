package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A set of name/value pairs ({@code <instance_attributes>}), optionally guarded by rules. */
@XmlRootElement(name = "instance_attributes")
public class InstanceAttributes extends NvSet {
    @Override
    public InstanceAttributes setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public InstanceAttributes setIdRef(String idRef) {
        super.setIdRef(idRef);
        return this;
    }

    @Override
    public InstanceAttributes setScore(String score) {
        super.setScore(score);
        return this;
    }
}
