package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <constraints>} section. */
@XmlRootElement(name = "constraints")
public class Constraints extends CibElement {
    /** The RscLocation children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<RscLocation> locations() {
        return childrenOf(RscLocation.class);
    }

    /** The RscColocation children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<RscColocation> colocations() {
        return childrenOf(RscColocation.class);
    }

    /** The RscOrder children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<RscOrder> orders() {
        return childrenOf(RscOrder.class);
    }

    /** The RscTicket children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<RscTicket> tickets() {
        return childrenOf(RscTicket.class);
    }
}
