package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An ordering constraint {@code <rsc_order>}, between two resources or over resource sets. */
@XmlRootElement(name = "rsc_order")
public class RscOrder extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "first")
    private String first;

    @XmlAttribute(name = "then")
    private String then;

    @XmlAttribute(name = "first-action")
    private String firstAction;

    @XmlAttribute(name = "then-action")
    private String thenAction;

    @XmlAttribute(name = "kind")
    private String kind;

    @XmlAttribute(name = "score")
    private String score;

    @XmlAttribute(name = "symmetrical")
    private String symmetrical;

    @XmlAttribute(name = "require-all")
    private String requireAll;

    @XmlAttribute(name = "first-instance")
    private String firstInstance;

    @XmlAttribute(name = "then-instance")
    private String thenInstance;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public RscOrder setId(String id) {
        this.id = id;
        return this;
    }

    /** The first attribute as written, or null when absent. */
    public String getFirst() {
        return first;
    }

    /** Sets the first attribute; null removes it. */
    public RscOrder setFirst(String first) {
        this.first = first;
        return this;
    }

    /** The then attribute as written, or null when absent. */
    public String getThen() {
        return then;
    }

    /** Sets the then attribute; null removes it. */
    public RscOrder setThen(String then) {
        this.then = then;
        return this;
    }

    /** The first-action attribute as written, or null when absent. */
    public String getFirstAction() {
        return firstAction;
    }

    /** Sets the first-action attribute; null removes it. */
    public RscOrder setFirstAction(String firstAction) {
        this.firstAction = firstAction;
        return this;
    }

    /** The then-action attribute as written, or null when absent. */
    public String getThenAction() {
        return thenAction;
    }

    /** Sets the then-action attribute; null removes it. */
    public RscOrder setThenAction(String thenAction) {
        this.thenAction = thenAction;
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return kind;
    }

    /** Sets the kind attribute; null removes it. */
    public RscOrder setKind(String kind) {
        this.kind = kind;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public RscOrder setScore(String score) {
        this.score = score;
        return this;
    }

    /** The symmetrical attribute as written, or null when absent. */
    public String getSymmetrical() {
        return symmetrical;
    }

    /** Sets the symmetrical attribute; null removes it. */
    public RscOrder setSymmetrical(String symmetrical) {
        this.symmetrical = symmetrical;
        return this;
    }

    /** The require-all attribute as written, or null when absent. */
    public String getRequireAll() {
        return requireAll;
    }

    /** Sets the require-all attribute; null removes it. */
    public RscOrder setRequireAll(String requireAll) {
        this.requireAll = requireAll;
        return this;
    }

    /** The first-instance attribute as written, or null when absent. */
    public String getFirstInstance() {
        return firstInstance;
    }

    /** Sets the first-instance attribute; null removes it. */
    public RscOrder setFirstInstance(String firstInstance) {
        this.firstInstance = firstInstance;
        return this;
    }

    /** The then-instance attribute as written, or null when absent. */
    public String getThenInstance() {
        return thenInstance;
    }

    /** Sets the then-instance attribute; null removes it. */
    public RscOrder setThenInstance(String thenInstance) {
        this.thenInstance = thenInstance;
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
