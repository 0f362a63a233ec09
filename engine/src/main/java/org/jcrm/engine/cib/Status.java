package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <status>} section: per-node state and operation history, and tickets. */
@XmlRootElement(name = "status")
public class Status extends CibElement {
    /** The NodeState children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<NodeState> nodeStates() {
        return childrenOf(NodeState.class);
    }

    /** The Tickets children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Tickets> ticketSets() {
        return childrenOf(Tickets.class);
    }
}
