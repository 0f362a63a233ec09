package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** One {@code <nvpair>}: a name and value, or a reference to another nvpair. */
@XmlRootElement(name = "nvpair")
public class Nvpair extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "id-ref")
    private String idRef;

    @XmlAttribute(name = "name")
    private String name;

    @XmlAttribute(name = "value")
    private String value;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Nvpair setId(String id) {
        this.id = id;
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return idRef;
    }

    /** Sets the id-ref attribute; null removes it. */
    public Nvpair setIdRef(String idRef) {
        this.idRef = idRef;
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return name;
    }

    /** Sets the name attribute; null removes it. */
    public Nvpair setName(String name) {
        this.name = name;
        return this;
    }

    /** The value attribute as written, or null when absent. */
    public String getValue() {
        return value;
    }

    /** Sets the value attribute; null removes it. */
    public Nvpair setValue(String value) {
        this.value = value;
        return this;
    }
}
