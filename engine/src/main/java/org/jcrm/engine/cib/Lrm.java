package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <lrm>} of a node state. */
@XmlRootElement(name = "lrm")
public class Lrm extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Lrm setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The first LrmResources child, or null when there is none. */
    public LrmResources getLrmResources() {
        return firstOf(LrmResources.class);
    }

    /** Replaces the LrmResources child in place, or appends it when there is none; null removes it. */
    public void setLrmResources(LrmResources value) {
        setSingle(LrmResources.class, value);
    }
}
