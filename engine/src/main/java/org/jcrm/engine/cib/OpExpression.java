package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An operation test {@code <op_expression>} (for op_defaults rules). */
@XmlRootElement(name = "op_expression")
public class OpExpression extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "name")
    private String name;

    @XmlAttribute(name = "interval")
    private String interval;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public OpExpression setId(String id) {
        this.id = id;
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return name;
    }

    /** Sets the name attribute; null removes it. */
    public OpExpression setName(String name) {
        this.name = name;
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return interval;
    }

    /** Sets the interval attribute; null removes it. */
    public OpExpression setInterval(String interval) {
        this.interval = interval;
        return this;
    }
}
