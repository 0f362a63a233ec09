package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An {@code <obj_ref>} inside a tag. */
@XmlRootElement(name = "obj_ref")
public class ObjRef extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public ObjRef setId(String id) {
        this.id = id;
        return this;
    }
}
