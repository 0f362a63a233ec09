package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A pacemaker-1.x {@code <acl_role>}. */
@XmlRootElement(name = "acl_role")
public class AclLegacyRole extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "description")
    private String description;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public AclLegacyRole setId(String id) {
        this.id = id;
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return description;
    }

    /** Sets the description attribute; null removes it. */
    public AclLegacyRole setDescription(String description) {
        this.description = description;
        return this;
    }
}
