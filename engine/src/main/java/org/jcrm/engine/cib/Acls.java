package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <acls>} section. */
@XmlRootElement(name = "acls")
public class Acls extends CibElement {
    /** The AclTarget children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclTarget> targets() {
        return childrenOf(AclTarget.class);
    }

    /** The AclGroup children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclGroup> groups() {
        return childrenOf(AclGroup.class);
    }

    /** The AclRole children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclRole> roles() {
        return childrenOf(AclRole.class);
    }

    /** The AclLegacyRole children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclLegacyRole> legacyRoles() {
        return childrenOf(AclLegacyRole.class);
    }

    /** The AclUser children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AclUser> users() {
        return childrenOf(AclUser.class);
    }
}
