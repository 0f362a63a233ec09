package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <tags>} section. */
@XmlRootElement(name = "tags")
public class Tags extends CibElement {
    /** The Tag children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Tag> tags() {
        return childrenOf(Tag.class);
    }
}
