package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A pacemaker-1.x {@code <acl_role>}. */
@XmlRootElement(name = "acl_role")
public class AclLegacyRole extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AclLegacyRole setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public AclLegacyRole setDescription(String description) {
        putAttribute("description", description);
        return this;
    }
}
