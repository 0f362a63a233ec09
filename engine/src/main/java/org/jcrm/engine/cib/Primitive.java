package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <primitive>} resource: an agent (class, provider, type) or a template reference. */
@XmlRootElement(name = "primitive")
public class Primitive extends Resource {
    @XmlAttribute(name = "class")
    private String agentClass;

    @XmlAttribute(name = "provider")
    private String provider;

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "template")
    private String template;

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return agentClass;
    }

    /** Sets the class attribute; null removes it. */
    public Primitive setAgentClass(String agentClass) {
        this.agentClass = agentClass;
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return provider;
    }

    /** Sets the provider attribute; null removes it. */
    public Primitive setProvider(String provider) {
        this.provider = provider;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public Primitive setType(String type) {
        this.type = type;
        return this;
    }

    /** The template attribute as written, or null when absent. */
    public String getTemplate() {
        return template;
    }

    /** Sets the template attribute; null removes it. */
    public Primitive setTemplate(String template) {
        this.template = template;
        return this;
    }

    @Override
    public Primitive setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Primitive setDescription(String description) {
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
