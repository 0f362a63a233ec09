package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <fencing-topology>} section. */
@XmlRootElement(name = "fencing-topology")
public class FencingTopology extends CibElement {
    /** The FencingLevel children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<FencingLevel> levels() {
        return childrenOf(FencingLevel.class);
    }
}
