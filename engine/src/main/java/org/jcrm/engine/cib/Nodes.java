package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <nodes>} section. */
@XmlRootElement(name = "nodes")
public class Nodes extends CibElement {
    /** The Node children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Node> nodes() {
        return childrenOf(Node.class);
    }
}
