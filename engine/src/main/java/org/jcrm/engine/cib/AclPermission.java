package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An {@code <acl_permission>}: read, write or deny on an xpath, reference or object type. */
@XmlRootElement(name = "acl_permission")
public class AclPermission extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "kind")
    private String kind;

    @XmlAttribute(name = "xpath")
    private String xpath;

    @XmlAttribute(name = "reference")
    private String reference;

    @XmlAttribute(name = "object-type")
    private String objectType;

    @XmlAttribute(name = "attribute")
    private String attribute;

    @XmlAttribute(name = "description")
    private String description;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public AclPermission setId(String id) {
        this.id = id;
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return kind;
    }

    /** Sets the kind attribute; null removes it. */
    public AclPermission setKind(String kind) {
        this.kind = kind;
        return this;
    }

    /** The xpath attribute as written, or null when absent. */
    public String getXpath() {
        return xpath;
    }

    /** Sets the xpath attribute; null removes it. */
    public AclPermission setXpath(String xpath) {
        this.xpath = xpath;
        return this;
    }

    /** The reference attribute as written, or null when absent. */
    public String getReference() {
        return reference;
    }

    /** Sets the reference attribute; null removes it. */
    public AclPermission setReference(String reference) {
        this.reference = reference;
        return this;
    }

    /** The object-type attribute as written, or null when absent. */
    public String getObjectType() {
        return objectType;
    }

    /** Sets the object-type attribute; null removes it. */
    public AclPermission setObjectType(String objectType) {
        this.objectType = objectType;
        return this;
    }

    /** The attribute attribute as written, or null when absent. */
    public String getAttribute() {
        return attribute;
    }

    /** Sets the attribute attribute; null removes it. */
    public AclPermission setAttribute(String attribute) {
        this.attribute = attribute;
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return description;
    }

    /** Sets the description attribute; null removes it. */
    public AclPermission setDescription(String description) {
        this.description = description;
        return this;
    }
}
