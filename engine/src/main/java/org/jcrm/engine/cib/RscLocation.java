package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A location constraint {@code <rsc_location>}: a score for a node, or rules. */
@XmlRootElement(name = "rsc_location")
public class RscLocation extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public RscLocation setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return attribute("rsc");
    }

    /** Sets the rsc attribute; null removes it. */
    public RscLocation setRsc(String rsc) {
        putAttribute("rsc", rsc);
        return this;
    }

    /** The rsc-pattern attribute as written, or null when absent. */
    public String getRscPattern() {
        return attribute("rsc-pattern");
    }

    /** Sets the rsc-pattern attribute; null removes it. */
    public RscLocation setRscPattern(String rscPattern) {
        putAttribute("rsc-pattern", rscPattern);
        return this;
    }

    /** The node attribute as written, or null when absent. */
    public String getNode() {
        return attribute("node");
    }

    /** Sets the node attribute; null removes it. */
    public RscLocation setNode(String node) {
        putAttribute("node", node);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public RscLocation setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The score-attribute attribute as written, or null when absent. */
    public String getScoreAttribute() {
        return attribute("score-attribute");
    }

    /** Sets the score-attribute attribute; null removes it. */
    public RscLocation setScoreAttribute(String scoreAttribute) {
        putAttribute("score-attribute", scoreAttribute);
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return attribute("role");
    }

    /** Sets the role attribute; null removes it. */
    public RscLocation setRole(String role) {
        putAttribute("role", role);
        return this;
    }

    /** The resource-discovery attribute as written, or null when absent. */
    public String getResourceDiscovery() {
        return attribute("resource-discovery");
    }

    /** Sets the resource-discovery attribute; null removes it. */
    public RscLocation setResourceDiscovery(String resourceDiscovery) {
        putAttribute("resource-discovery", resourceDiscovery);
        return this;
    }

    /** The Rule children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Rule> rules() {
        return childrenOf(Rule.class);
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
