package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A node attribute test {@code <expression>}. */
@XmlRootElement(name = "expression")
public class Expression extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "id-ref")
    private String idRef;

    @XmlAttribute(name = "attribute")
    private String attribute;

    @XmlAttribute(name = "operation")
    private String operation;

    @XmlAttribute(name = "value")
    private String value;

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "value-source")
    private String valueSource;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Expression setId(String id) {
        this.id = id;
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return idRef;
    }

    /** Sets the id-ref attribute; null removes it. */
    public Expression setIdRef(String idRef) {
        this.idRef = idRef;
        return this;
    }

    /** The attribute attribute as written, or null when absent. */
    public String getAttribute() {
        return attribute;
    }

    /** Sets the attribute attribute; null removes it. */
    public Expression setAttribute(String attribute) {
        this.attribute = attribute;
        return this;
    }

    /** The operation attribute as written, or null when absent. */
    public String getOperation() {
        return operation;
    }

    /** Sets the operation attribute; null removes it. */
    public Expression setOperation(String operation) {
        this.operation = operation;
        return this;
    }

    /** The value attribute as written, or null when absent. */
    public String getValue() {
        return value;
    }

    /** Sets the value attribute; null removes it. */
    public Expression setValue(String value) {
        this.value = value;
        return this;
    }

    /** The type attribute as written, or null when absent. */
    public String getType() {
        return type;
    }

    /** Sets the type attribute; null removes it. */
    public Expression setType(String type) {
        this.type = type;
        return this;
    }

    /** The value-source attribute as written, or null when absent. */
    public String getValueSource() {
        return valueSource;
    }

    /** Sets the value-source attribute; null removes it. */
    public Expression setValueSource(String valueSource) {
        this.valueSource = valueSource;
        return this;
    }
}
