package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <operations>} of a resource. */
@XmlRootElement(name = "operations")
public class Operations extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Operations setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public Operations setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The Op children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Op> ops() {
        return childrenOf(Op.class);
    }
}
