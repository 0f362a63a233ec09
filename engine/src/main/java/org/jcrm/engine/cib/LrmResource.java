package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An {@code <lrm_resource>}: one resource's operation history on a node. */
@XmlRootElement(name = "lrm_resource")
public class LrmResource extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "class")
    private String agentClass;

    @XmlAttribute(name = "provider")
    private String provider;

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "container")
    private String container;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public LrmResource setId(String id) {
        this.id = id;
        return this;
    }

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return agentClass;
    }

    /** Sets the class attribute; null removes it. */
    public LrmResource setAgentClass(String agentClass) {
        this.agentClass = agentClass;
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return provider;
    }

    /** Sets the provider attribute; null removes it. */
    public LrmResource setProvider(String provider) {
        this.provider = provider;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public LrmResource setType(String type) {
        this.type = type;
        return this;
    }

    /** The container attribute as written, or null when absent. */
    public String getContainer() {
        return container;
    }

    /** Sets the container attribute; null removes it. */
    public LrmResource setContainer(String container) {
        this.container = container;
        return this;
    }

    /** The LrmRscOp children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<LrmRscOp> ops() {
        return childrenOf(LrmRscOp.class);
    }
}
