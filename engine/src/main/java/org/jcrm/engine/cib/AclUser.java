package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A pacemaker-1.x {@code <acl_user>}. */
@XmlRootElement(name = "acl_user")
public class AclUser extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "name")
    private String name;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public AclUser setId(String id) {
        this.id = id;
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return name;
    }

    /** Sets the name attribute; null removes it. */
    public AclUser setName(String name) {
        this.name = name;
        return this;
    }
}
