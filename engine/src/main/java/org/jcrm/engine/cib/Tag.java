package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <tag>} naming a group of objects. */
@XmlRootElement(name = "tag")
public class Tag extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Tag setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The ObjRef children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ObjRef> objRefs() {
        return childrenOf(ObjRef.class);
    }
}
