package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** An operation test {@code <op_expression>} (for op_defaults rules). */
@XmlRootElement(name = "op_expression")
public class OpExpression extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public OpExpression setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public OpExpression setName(String name) {
        putAttribute("name", name);
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return attribute("interval");
    }

    /** Sets the interval attribute; null removes it. */
    public OpExpression setInterval(String interval) {
        putAttribute("interval", interval);
        return this;
    }
}
