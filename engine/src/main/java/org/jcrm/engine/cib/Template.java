package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A resource {@code <template>} that primitives can refer to. */
@XmlRootElement(name = "template")
public class Template extends Resource {
    @XmlAttribute(name = "class")
    private String agentClass;

    @XmlAttribute(name = "provider")
    private String provider;

    @XmlAttribute(name = "type")
    private String type;

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return agentClass;
    }

    /** Sets the class attribute; null removes it. */
    public Template setAgentClass(String agentClass) {
        this.agentClass = agentClass;
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return provider;
    }

    /** Sets the provider attribute; null removes it. */
    public Template setProvider(String provider) {
        this.provider = provider;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public Template setType(String type) {
        this.type = type;
        return this;
    }

    @Override
    public Template setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Template setDescription(String description) {
        super.setDescription(description);
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

    /** The first Operations child, or null when there is none. */
    public Operations getOperations() {
        return firstOf(Operations.class);
    }

    /** Replaces the Operations child in place, or appends it when there is none; null removes it. */
    public void setOperations(Operations value) {
        setSingle(Operations.class, value);
    }
}
