package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A node attribute name an alert is limited to. */
@XmlRootElement(name = "attribute")
public class AlertAttribute extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AlertAttribute setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public AlertAttribute setName(String name) {
        putAttribute("name", name);
        return this;
    }
}
