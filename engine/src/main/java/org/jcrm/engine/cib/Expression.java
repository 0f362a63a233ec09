package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A node attribute test {@code <expression>}. */
@XmlRootElement(name = "expression")
public class Expression extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Expression setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public Expression setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The attribute attribute as written, or null when absent. */
    public String getAttribute() {
        return attribute("attribute");
    }

    /** Sets the attribute attribute; null removes it. */
    public Expression setAttribute(String attribute) {
        putAttribute("attribute", attribute);
        return this;
    }

    /** The operation attribute as written, or null when absent. */
    public String getOperation() {
        return attribute("operation");
    }

    /** Sets the operation attribute; null removes it. */
    public Expression setOperation(String operation) {
        putAttribute("operation", operation);
        return this;
    }

    /** The value attribute as written, or null when absent. */
    public String getValue() {
        return attribute("value");
    }

    /** Sets the value attribute; null removes it. */
    public Expression setValue(String value) {
        putAttribute("value", value);
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return attribute("type");
    }

    /** Sets the type attribute; null removes it. */
    public Expression setType(String type) {
        putAttribute("type", type);
        return this;
    }

    /** The value-source attribute as written, or null when absent. */
    public String getValueSource() {
        return attribute("value-source");
    }

    /** Sets the value-source attribute; null removes it. */
    public Expression setValueSource(String valueSource) {
        putAttribute("value-source", valueSource);
        return this;
    }
}
