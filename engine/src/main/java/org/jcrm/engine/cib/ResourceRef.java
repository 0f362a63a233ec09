package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <resource_ref>} naming a resource in a set. */
@XmlRootElement(name = "resource_ref")
public class ResourceRef extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public ResourceRef setId(String id) {
        putAttribute("id", id);
        return this;
    }
}
