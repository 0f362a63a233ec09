package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <resource_set>} inside a constraint. */
@XmlRootElement(name = "resource_set")
public class ResourceSet extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "id-ref")
    private String idRef;

    @XmlAttribute(name = "sequential")
    private String sequential;

    @XmlAttribute(name = "require-all")
    private String requireAll;

    @XmlAttribute(name = "ordering")
    private String ordering;

    @XmlAttribute(name = "action")
    private String action;

    @XmlAttribute(name = "role")
    private String role;

    @XmlAttribute(name = "score")
    private String score;

    @XmlAttribute(name = "kind")
    private String kind;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public ResourceSet setId(String id) {
        this.id = id;
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return idRef;
    }

    /** Sets the id-ref attribute; null removes it. */
    public ResourceSet setIdRef(String idRef) {
        this.idRef = idRef;
        return this;
    }

    /** The sequential attribute as written, or null when absent. */
    public String getSequential() {
        return sequential;
    }

    /** Sets the sequential attribute; null removes it. */
    public ResourceSet setSequential(String sequential) {
        this.sequential = sequential;
        return this;
    }

    /** The require-all attribute as written, or null when absent. */
    public String getRequireAll() {
        return requireAll;
    }

    /** Sets the require-all attribute; null removes it. */
    public ResourceSet setRequireAll(String requireAll) {
        this.requireAll = requireAll;
        return this;
    }

    /** The ordering attribute as written, or null when absent. */
    public String getOrdering() {
        return ordering;
    }

    /** Sets the ordering attribute; null removes it. */
    public ResourceSet setOrdering(String ordering) {
        this.ordering = ordering;
        return this;
    }

    /** The action attribute as written, or null when absent. */
    public String getAction() {
        return action;
    }

    /** Sets the action attribute; null removes it. */
    public ResourceSet setAction(String action) {
        this.action = action;
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return role;
    }

    /** Sets the role attribute; null removes it. */
    public ResourceSet setRole(String role) {
        this.role = role;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public ResourceSet setScore(String score) {
        this.score = score;
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return kind;
    }

    /** Sets the kind attribute; null removes it. */
    public ResourceSet setKind(String kind) {
        this.kind = kind;
        return this;
    }

    /** The ResourceRef children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceRef> resourceRefs() {
        return childrenOf(ResourceRef.class);
    }
}
