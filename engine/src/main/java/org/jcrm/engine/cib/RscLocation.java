package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A location constraint {@code <rsc_location>}: a score for a node, or rules. */
@XmlRootElement(name = "rsc_location")
public class RscLocation extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "rsc")
    private String rsc;

    @XmlAttribute(name = "rsc-pattern")
    private String rscPattern;

    @XmlAttribute(name = "node")
    private String node;

    @XmlAttribute(name = "score")
    private String score;

    @XmlAttribute(name = "score-attribute")
    private String scoreAttribute;

    @XmlAttribute(name = "role")
    private String role;

    @XmlAttribute(name = "resource-discovery")
    private String resourceDiscovery;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public RscLocation setId(String id) {
        this.id = id;
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return rsc;
    }

    /** Sets the rsc attribute; null removes it. */
    public RscLocation setRsc(String rsc) {
        this.rsc = rsc;
        return this;
    }

    /** The rsc-pattern attribute as written, or null when absent. */
    public String getRscPattern() {
        return rscPattern;
    }

    /** Sets the rsc-pattern attribute; null removes it. */
    public RscLocation setRscPattern(String rscPattern) {
        this.rscPattern = rscPattern;
        return this;
    }

    /** The node attribute as written, or null when absent. */
    public String getNode() {
        return node;
    }

    /** Sets the node attribute; null removes it. */
    public RscLocation setNode(String node) {
        this.node = node;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public RscLocation setScore(String score) {
        this.score = score;
        return this;
    }

    /** The score-attribute attribute as written, or null when absent. */
    public String getScoreAttribute() {
        return scoreAttribute;
    }

    /** Sets the score-attribute attribute; null removes it. */
    public RscLocation setScoreAttribute(String scoreAttribute) {
        this.scoreAttribute = scoreAttribute;
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return role;
    }

    /** Sets the role attribute; null removes it. */
    public RscLocation setRole(String role) {
        this.role = role;
        return this;
    }

    /** The resource-discovery attribute as written, or null when absent. */
    public String getResourceDiscovery() {
        return resourceDiscovery;
    }

    /** Sets the resource-discovery attribute; null removes it. */
    public RscLocation setResourceDiscovery(String resourceDiscovery) {
        this.resourceDiscovery = resourceDiscovery;
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
