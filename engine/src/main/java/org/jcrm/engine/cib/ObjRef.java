package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** An {@code <obj_ref>} inside a tag. */
@XmlRootElement(name = "obj_ref")
public class ObjRef extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public ObjRef setId(String id) {
        putAttribute("id", id);
        return this;
    }
}
