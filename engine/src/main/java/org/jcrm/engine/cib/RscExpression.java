package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A resource agent test {@code <rsc_expression>} (for rsc_defaults rules). */
@XmlRootElement(name = "rsc_expression")
public class RscExpression extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "class")
    private String agentClass;

    @XmlAttribute(name = "provider")
    private String provider;

    @XmlAttribute(name = "type")
    private String type;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public RscExpression setId(String id) {
        this.id = id;
        return this;
    }

    /** The class attribute as written, or null when absent. */
    public String getAgentClass() {
        return agentClass;
    }

    /** Sets the class attribute; null removes it. */
    public RscExpression setAgentClass(String agentClass) {
        this.agentClass = agentClass;
        return this;
    }

    /** The provider attribute as written, or null when absent. */
    public String getProvider() {
        return provider;
    }

    /** Sets the provider attribute; null removes it. */
    public RscExpression setProvider(String provider) {
        this.provider = provider;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public RscExpression setType(String type) {
        this.type = type;
        return this;
    }
}
