package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A pacemaker-1.x {@code <acl_user>}. */
@XmlRootElement(name = "acl_user")
public class AclUser extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AclUser setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public AclUser setName(String name) {
        putAttribute("name", name);
        return this;
    }
}
