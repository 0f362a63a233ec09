package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <primitive>} resource: an agent (class, provider, type) or a template reference. */
@XmlRootElement(name = "primitive")
public class Primitive extends Resource {
    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return attribute("class");
    }

    /** Sets the class attribute; null removes it. */
    public Primitive setAgentClass(String agentClass) {
        putAttribute("class", agentClass);
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return attribute("provider");
    }

    /** Sets the provider attribute; null removes it. */
    public Primitive setProvider(String provider) {
        putAttribute("provider", provider);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public Primitive setType(String type) {
        putAttribute("type", type);
        return this;
    }

    /** The template attribute as written, or null when absent. */
    public String getTemplate() {
        return attribute("template");
    }

    /** Sets the template attribute; null removes it. */
    public Primitive setTemplate(String template) {
        putAttribute("template", template);
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
