package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <ticket_state>}: whether a ticket is granted or in standby. */
@XmlRootElement(name = "ticket_state")
public class TicketState extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "granted")
    private String granted;

    @XmlAttribute(name = "standby")
    private String standby;

    @XmlAttribute(name = "last-granted")
    private String lastGranted;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public TicketState setId(String id) {
        this.id = id;
        return this;
    }

    /** The granted attribute as written, or null when absent. */
    public String getGranted() {
        return granted;
    }

    /** Sets the granted attribute; null removes it. */
    public TicketState setGranted(String granted) {
        this.granted = granted;
        return this;
    }

    /** The standby attribute as written, or null when absent. */
    public String getStandby() {
        return standby;
    }

    /** Sets the standby attribute; null removes it. */
    public TicketState setStandby(String standby) {
        this.standby = standby;
        return this;
    }

    /** The last-granted attribute as written, or null when absent. */
    public String getLastGranted() {
        return lastGranted;
    }

    /** Sets the last-granted attribute; null removes it. */
    public TicketState setLastGranted(String lastGranted) {
        this.lastGranted = lastGranted;
        return this;
    }
}
