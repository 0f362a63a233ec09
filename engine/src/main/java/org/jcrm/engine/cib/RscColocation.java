package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A colocation constraint {@code <rsc_colocation>}, between two resources or over resource sets. */
@XmlRootElement(name = "rsc_colocation")
public class RscColocation extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "rsc")
    private String rsc;

    @XmlAttribute(name = "with-rsc")
    private String withRsc;

    @XmlAttribute(name = "rsc-role")
    private String rscRole;

    @XmlAttribute(name = "with-rsc-role")
    private String withRscRole;

    @XmlAttribute(name = "score")
    private String score;

    @XmlAttribute(name = "node-attribute")
    private String nodeAttribute;

    @XmlAttribute(name = "influence")
    private String influence;

    @XmlAttribute(name = "rsc-instance")
    private String rscInstance;

    @XmlAttribute(name = "with-rsc-instance")
    private String withRscInstance;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public RscColocation setId(String id) {
        this.id = id;
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return rsc;
    }

    /** Sets the rsc attribute; null removes it. */
    public RscColocation setRsc(String rsc) {
        this.rsc = rsc;
        return this;
    }

    /** The with-rsc attribute as written, or null when absent. */
    public String getWithRsc() {
        return withRsc;
    }

    /** Sets the with-rsc attribute; null removes it. */
    public RscColocation setWithRsc(String withRsc) {
        this.withRsc = withRsc;
        return this;
    }

    /** The rsc-role attribute as written, or null when absent. */
    public String getRscRole() {
        return rscRole;
    }

    /** Sets the rsc-role attribute; null removes it. */
    public RscColocation setRscRole(String rscRole) {
        this.rscRole = rscRole;
        return this;
    }

    /** The with-rsc-role attribute as written, or null when absent. */
    public String getWithRscRole() {
        return withRscRole;
    }

    /** Sets the with-rsc-role attribute; null removes it. */
    public RscColocation setWithRscRole(String withRscRole) {
        this.withRscRole = withRscRole;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public RscColocation setScore(String score) {
        this.score = score;
        return this;
    }

    /** The node-attribute attribute as written, or null when absent. */
    public String getNodeAttribute() {
        return nodeAttribute;
    }

    /** Sets the node-attribute attribute; null removes it. */
    public RscColocation setNodeAttribute(String nodeAttribute) {
        this.nodeAttribute = nodeAttribute;
        return this;
    }

    /** The influence attribute as written, or null when absent. */
    public String getInfluence() {
        return influence;
    }

    /** Sets the influence attribute; null removes it. */
    public RscColocation setInfluence(String influence) {
        this.influence = influence;
        return this;
    }

    /** The rsc-instance attribute as written, or null when absent. */
    public String getRscInstance() {
        return rscInstance;
    }

    /** Sets the rsc-instance attribute; null removes it. */
    public RscColocation setRscInstance(String rscInstance) {
        this.rscInstance = rscInstance;
        return this;
    }

    /** The with-rsc-instance attribute as written, or null when absent. */
    public String getWithRscInstance() {
        return withRscInstance;
    }

    /** Sets the with-rsc-instance attribute; null removes it. */
    public RscColocation setWithRscInstance(String withRscInstance) {
        this.withRscInstance = withRscInstance;
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
