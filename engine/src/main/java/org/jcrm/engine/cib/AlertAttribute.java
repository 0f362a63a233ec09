package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A node attribute name an alert is limited to. */
@XmlRootElement(name = "attribute")
public class AlertAttribute extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "name")
    private String name;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public AlertAttribute setId(String id) {
        this.id = id;
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return name;
    }

    /** Sets the name attribute; null removes it. */
    public AlertAttribute setName(String name) {
        this.name = name;
        return this;
    }
}
