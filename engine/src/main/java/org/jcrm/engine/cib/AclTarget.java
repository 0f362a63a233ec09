package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An {@code <acl_target>}: a user and the roles it has. */
@XmlRootElement(name = "acl_target")
public class AclTarget extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AclTarget setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public AclTarget setName(String name) {
        putAttribute("name", name);
        return this;
    }

    /** The AclRole children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclRole> roles() {
        return childrenOf(AclRole.class);
    }
}
