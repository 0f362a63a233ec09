package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A resource agent test {@code <rsc_expression>} (for rsc_defaults rules). */
@XmlRootElement(name = "rsc_expression")
public class RscExpression extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public RscExpression setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return attribute("class");
    }

    /** Sets the class attribute; null removes it. */
    public RscExpression setAgentClass(String agentClass) {
        putAttribute("class", agentClass);
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return attribute("provider");
    }

    /** Sets the provider attribute; null removes it. */
    public RscExpression setProvider(String provider) {
        putAttribute("provider", provider);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public RscExpression setType(String type) {
        putAttribute("type", type);
        return this;
    }
}
