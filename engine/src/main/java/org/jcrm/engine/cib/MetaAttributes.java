package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A set of name/value pairs ({@code <meta_attributes>}), optionally guarded by rules. */
@XmlRootElement(name = "meta_attributes")
public class MetaAttributes extends NvSet {
    @Override
    public MetaAttributes setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public MetaAttributes setIdRef(String idRef) {
        super.setIdRef(idRef);
        return this;
    }

    @Override
    public MetaAttributes setScore(String score) {
        super.setScore(score);
        return this;
    }
}
