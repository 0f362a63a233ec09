package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <resource_set>} inside a constraint. */
@XmlRootElement(name = "resource_set")
public class ResourceSet extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public ResourceSet setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public ResourceSet setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The sequential attribute as written, or null when absent. */
    public String getSequential() {
        return attribute("sequential");
    }

    /** Sets the sequential attribute; null removes it. */
    public ResourceSet setSequential(String sequential) {
        putAttribute("sequential", sequential);
        return this;
    }

    /** The require-all attribute as written, or null when absent. */
    public String getRequireAll() {
        return attribute("require-all");
    }

    /** Sets the require-all attribute; null removes it. */
    public ResourceSet setRequireAll(String requireAll) {
        putAttribute("require-all", requireAll);
        return this;
    }

    /** The ordering attribute as written, or null when absent. */
    public String getOrdering() {
        return attribute("ordering");
    }

    /** Sets the ordering attribute; null removes it. */
    public ResourceSet setOrdering(String ordering) {
        putAttribute("ordering", ordering);
        return this;
    }

    /** The action attribute as written, or null when absent. */
    public String getAction() {
        return attribute("action");
    }

    /** Sets the action attribute; null removes it. */
    public ResourceSet setAction(String action) {
        putAttribute("action", action);
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return attribute("role");
    }

    /** Sets the role attribute; null removes it. */
    public ResourceSet setRole(String role) {
        putAttribute("role", role);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public ResourceSet setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return attribute("kind");
    }

    /** Sets the kind attribute; null removes it. */
    public ResourceSet setKind(String kind) {
        putAttribute("kind", kind);
        return this;
    }

    /** The ResourceRef children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceRef> resourceRefs() {
        return childrenOf(ResourceRef.class);
    }
}
