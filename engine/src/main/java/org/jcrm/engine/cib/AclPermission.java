package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** An {@code <acl_permission>}: read, write or deny on an xpath, reference or object type. */
@XmlRootElement(name = "acl_permission")
public class AclPermission extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AclPermission setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return attribute("kind");
    }

    /** Sets the kind attribute; null removes it. */
    public AclPermission setKind(String kind) {
        putAttribute("kind", kind);
        return this;
    }

    /** The xpath attribute as written, or null when absent. */
    public String getXpath() {
        return attribute("xpath");
    }

    /** Sets the xpath attribute; null removes it. */
    public AclPermission setXpath(String xpath) {
        putAttribute("xpath", xpath);
        return this;
    }

    /** The reference attribute as written, or null when absent. */
    public String getReference() {
        return attribute("reference");
    }

    /** Sets the reference attribute; null removes it. */
    public AclPermission setReference(String reference) {
        putAttribute("reference", reference);
        return this;
    }

    /** The object-type attribute as written, or null when absent. */
    public String getObjectType() {
        return attribute("object-type");
    }

    /** Sets the object-type attribute; null removes it. */
    public AclPermission setObjectType(String objectType) {
        putAttribute("object-type", objectType);
        return this;
    }

    /** The attribute attribute as written, or null when absent. */
    public String getAttribute() {
        return attribute("attribute");
    }

    /** Sets the attribute attribute; null removes it. */
    public AclPermission setAttribute(String attribute) {
        putAttribute("attribute", attribute);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public AclPermission setDescription(String description) {
        putAttribute("description", description);
        return this;
    }
}
