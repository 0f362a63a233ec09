package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A cluster {@code <node>} with its attributes and utilization. */
@XmlRootElement(name = "node")
public class Node extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "uname")
    private String uname;

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "description")
    private String description;

    @XmlAttribute(name = "score")
    private String score;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Node setId(String id) {
        this.id = id;
        return this;
    }

    /** The uname attribute as written, or null when absent. */
    public String getUname() {
        return uname;
    }

    /** Sets the uname attribute; null removes it. */
    public Node setUname(String uname) {
        this.uname = uname;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public Node setType(String type) {
        this.type = type;
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return description;
    }

    /** Sets the description attribute; null removes it. */
    public Node setDescription(String description) {
        this.description = description;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public Node setScore(String score) {
        this.score = score;
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
