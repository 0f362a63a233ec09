package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A resource {@code <template>} that primitives can refer to. */
@XmlRootElement(name = "template")
public class Template extends Resource {
    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return attribute("class");
    }

    /** Sets the class attribute; null removes it. */
    public Template setAgentClass(String agentClass) {
        putAttribute("class", agentClass);
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return attribute("provider");
    }

    /** Sets the provider attribute; null removes it. */
    public Template setProvider(String provider) {
        putAttribute("provider", provider);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public Template setType(String type) {
        putAttribute("type", type);
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
