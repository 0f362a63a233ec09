package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A set of name/value pairs ({@code <utilization>}), optionally guarded by rules. */
@XmlRootElement(name = "utilization")
public class Utilization extends NvSet {
    @Override
    public Utilization setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Utilization setIdRef(String idRef) {
        super.setIdRef(idRef);
        return this;
    }

    @Override
    public Utilization setScore(String score) {
        super.setScore(score);
        return this;
    }
}
