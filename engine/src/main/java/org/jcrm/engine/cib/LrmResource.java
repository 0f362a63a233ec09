package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An {@code <lrm_resource>}: one resource's operation history on a node. */
@XmlRootElement(name = "lrm_resource")
public class LrmResource extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public LrmResource setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return attribute("class");
    }

    /** Sets the class attribute; null removes it. */
    public LrmResource setAgentClass(String agentClass) {
        putAttribute("class", agentClass);
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return attribute("provider");
    }

    /** Sets the provider attribute; null removes it. */
    public LrmResource setProvider(String provider) {
        putAttribute("provider", provider);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public LrmResource setType(String type) {
        putAttribute("type", type);
        return this;
    }

    /** The container attribute as written, or null when absent. */
    public String getContainer() {
        return attribute("container");
    }

    /** Sets the container attribute; null removes it. */
    public LrmResource setContainer(String container) {
        putAttribute("container", container);
        return this;
    }

    /** The LrmRscOp children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<LrmRscOp> ops() {
        return childrenOf(LrmRscOp.class);
    }
}
