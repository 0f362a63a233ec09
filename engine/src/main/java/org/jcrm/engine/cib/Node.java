package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A cluster {@code <node>} with its attributes and utilization. */
@XmlRootElement(name = "node")
public class Node extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Node setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The uname attribute as written, or null when absent. */
    public String getUname() {
        return attribute("uname");
    }

    /** Sets the uname attribute; null removes it. */
    public Node setUname(String uname) {
        putAttribute("uname", uname);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public Node setType(String type) {
        putAttribute("type", type);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public Node setDescription(String description) {
        putAttribute("description", description);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public Node setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The InstanceAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<InstanceAttributes> instanceAttributes() {
        return childrenOf(InstanceAttributes.class);
    }

    /** The MetaAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<MetaAttributes> metaAttributes() {
        return childrenOf(MetaAttributes.class);
    }

    /** The Utilization children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Utilization> utilizations() {
        return childrenOf(Utilization.class);
    }
}
