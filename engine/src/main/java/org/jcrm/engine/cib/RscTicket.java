package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A ticket dependency {@code <rsc_ticket>}. */
@XmlRootElement(name = "rsc_ticket")
public class RscTicket extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "ticket")
    private String ticket;

    @XmlAttribute(name = "rsc")
    private String rsc;

    @XmlAttribute(name = "rsc-role")
    private String rscRole;

    @XmlAttribute(name = "loss-policy")
    private String lossPolicy;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public RscTicket setId(String id) {
        this.id = id;
        return this;
    }

    /** The ticket attribute as written, or null when absent. */
    public String getTicket() {
        return ticket;
    }

    /** Sets the ticket attribute; null removes it. */
    public RscTicket setTicket(String ticket) {
        this.ticket = ticket;
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return rsc;
    }

    /** Sets the rsc attribute; null removes it. */
    public RscTicket setRsc(String rsc) {
        this.rsc = rsc;
        return this;
    }

    /** The rsc-role attribute as written, or null when absent. */
    public String getRscRole() {
        return rscRole;
    }

    /** Sets the rsc-role attribute; null removes it. */
    public RscTicket setRscRole(String rscRole) {
        this.rscRole = rscRole;
        return this;
    }

    /** The loss-policy attribute as written, or null when absent. */
    public String getLossPolicy() {
        return lossPolicy;
    }

    /** Sets the loss-policy attribute; null removes it. */
    public RscTicket setLossPolicy(String lossPolicy) {
        this.lossPolicy = lossPolicy;
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
