package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <operations>} of a resource. */
@XmlRootElement(name = "operations")
public class Operations extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "id-ref")
    private String idRef;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Operations setId(String id) {
        this.id = id;
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return idRef;
    }

    /** Sets the id-ref attribute; null removes it. */
    public Operations setIdRef(String idRef) {
        this.idRef = idRef;
        return this;
    }

    /** The Op children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Op> ops() {
        return childrenOf(Op.class);
    }
}
