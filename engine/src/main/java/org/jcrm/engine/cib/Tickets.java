package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The status {@code <tickets>} list. */
@XmlRootElement(name = "tickets")
public class Tickets extends CibElement {
    /** The TicketState children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<TicketState> states() {
        return childrenOf(TicketState.class);
    }
}
