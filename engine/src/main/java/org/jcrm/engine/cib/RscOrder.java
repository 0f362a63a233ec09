package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An ordering constraint {@code <rsc_order>}, between two resources or over resource sets. */
@XmlRootElement(name = "rsc_order")
public class RscOrder extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public RscOrder setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The first attribute as written, or null when absent. */
    public String getFirst() {
        return attribute("first");
    }

    /** Sets the first attribute; null removes it. */
    public RscOrder setFirst(String first) {
        putAttribute("first", first);
        return this;
    }

    /** The then attribute as written, or null when absent. */
    public String getThen() {
        return attribute("then");
    }

    /** Sets the then attribute; null removes it. */
    public RscOrder setThen(String then) {
        putAttribute("then", then);
        return this;
    }

    /** The first-action attribute as written, or null when absent. */
    public String getFirstAction() {
        return attribute("first-action");
    }

    /** Sets the first-action attribute; null removes it. */
    public RscOrder setFirstAction(String firstAction) {
        putAttribute("first-action", firstAction);
        return this;
    }

    /** The then-action attribute as written, or null when absent. */
    public String getThenAction() {
        return attribute("then-action");
    }

    /** Sets the then-action attribute; null removes it. */
    public RscOrder setThenAction(String thenAction) {
        putAttribute("then-action", thenAction);
        return this;
    }

    /** The kind attribute as written, or null when absent. */
    public String getKind() {
        return attribute("kind");
    }

    /** Sets the kind attribute; null removes it. */
    public RscOrder setKind(String kind) {
        putAttribute("kind", kind);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public RscOrder setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The symmetrical attribute as written, or null when absent. */
    public String getSymmetrical() {
        return attribute("symmetrical");
    }

    /** Sets the symmetrical attribute; null removes it. */
    public RscOrder setSymmetrical(String symmetrical) {
        putAttribute("symmetrical", symmetrical);
        return this;
    }

    /** The require-all attribute as written, or null when absent. */
    public String getRequireAll() {
        return attribute("require-all");
    }

    /** Sets the require-all attribute; null removes it. */
    public RscOrder setRequireAll(String requireAll) {
        putAttribute("require-all", requireAll);
        return this;
    }

    /** The first-instance attribute as written, or null when absent. */
    public String getFirstInstance() {
        return attribute("first-instance");
    }

    /** Sets the first-instance attribute; null removes it. */
    public RscOrder setFirstInstance(String firstInstance) {
        putAttribute("first-instance", firstInstance);
        return this;
    }

    /** The then-instance attribute as written, or null when absent. */
    public String getThenInstance() {
        return attribute("then-instance");
    }

    /** Sets the then-instance attribute; null removes it. */
    public RscOrder setThenInstance(String thenInstance) {
        putAttribute("then-instance", thenInstance);
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
