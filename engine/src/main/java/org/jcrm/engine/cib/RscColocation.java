package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A colocation constraint {@code <rsc_colocation>}, between two resources or over resource sets. */
@XmlRootElement(name = "rsc_colocation")
public class RscColocation extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public RscColocation setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return attribute("rsc");
    }

    /** Sets the rsc attribute; null removes it. */
    public RscColocation setRsc(String rsc) {
        putAttribute("rsc", rsc);
        return this;
    }

    /** The with-rsc attribute as written, or null when absent. */
    public String getWithRsc() {
        return attribute("with-rsc");
    }

    /** Sets the with-rsc attribute; null removes it. */
    public RscColocation setWithRsc(String withRsc) {
        putAttribute("with-rsc", withRsc);
        return this;
    }

    /** The rsc-role attribute as written, or null when absent. */
    public String getRscRole() {
        return attribute("rsc-role");
    }

    /** Sets the rsc-role attribute; null removes it. */
    public RscColocation setRscRole(String rscRole) {
        putAttribute("rsc-role", rscRole);
        return this;
    }

    /** The with-rsc-role attribute as written, or null when absent. */
    public String getWithRscRole() {
        return attribute("with-rsc-role");
    }

    /** Sets the with-rsc-role attribute; null removes it. */
    public RscColocation setWithRscRole(String withRscRole) {
        putAttribute("with-rsc-role", withRscRole);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public RscColocation setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The node-attribute attribute as written, or null when absent. */
    public String getNodeAttribute() {
        return attribute("node-attribute");
    }

    /** Sets the node-attribute attribute; null removes it. */
    public RscColocation setNodeAttribute(String nodeAttribute) {
        putAttribute("node-attribute", nodeAttribute);
        return this;
    }

    /** The influence attribute as written, or null when absent. */
    public String getInfluence() {
        return attribute("influence");
    }

    /** Sets the influence attribute; null removes it. */
    public RscColocation setInfluence(String influence) {
        putAttribute("influence", influence);
        return this;
    }

    /** The rsc-instance attribute as written, or null when absent. */
    public String getRscInstance() {
        return attribute("rsc-instance");
    }

    /** Sets the rsc-instance attribute; null removes it. */
    public RscColocation setRscInstance(String rscInstance) {
        putAttribute("rsc-instance", rscInstance);
        return this;
    }

    /** The with-rsc-instance attribute as written, or null when absent. */
    public String getWithRscInstance() {
        return attribute("with-rsc-instance");
    }

    /** Sets the with-rsc-instance attribute; null removes it. */
    public RscColocation setWithRscInstance(String withRscInstance) {
        putAttribute("with-rsc-instance", withRscInstance);
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
