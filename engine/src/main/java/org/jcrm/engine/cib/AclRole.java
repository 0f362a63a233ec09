package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An ACL {@code <role>}: a definition with permissions, or (inside a target or group) a reference by id. */
@XmlRootElement(name = "role")
public class AclRole extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AclRole setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public AclRole setDescription(String description) {
        putAttribute("description", description);
        return this;
    }

    /** The AclPermission children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclPermission> permissions() {
        return childrenOf(AclPermission.class);
    }
}
