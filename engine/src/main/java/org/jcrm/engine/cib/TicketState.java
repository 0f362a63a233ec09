package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <ticket_state>}: whether a ticket is granted or in standby. */
@XmlRootElement(name = "ticket_state")
public class TicketState extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public TicketState setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The granted attribute as written, or null when absent. */
    public String getGranted() {
        return attribute("granted");
    }

    /** Sets the granted attribute; null removes it. */
    public TicketState setGranted(String granted) {
        putAttribute("granted", granted);
        return this;
    }

    /** The standby attribute as written, or null when absent. */
    public String getStandby() {
        return attribute("standby");
    }

    /** Sets the standby attribute; null removes it. */
    public TicketState setStandby(String standby) {
        putAttribute("standby", standby);
        return this;
    }

    /** The last-granted attribute as written, or null when absent. */
    public String getLastGranted() {
        return attribute("last-granted");
    }

    /** Sets the last-granted attribute; null removes it. */
    public TicketState setLastGranted(String lastGranted) {
        putAttribute("last-granted", lastGranted);
        return this;
    }
}
