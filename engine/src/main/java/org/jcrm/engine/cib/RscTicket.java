package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A ticket dependency {@code <rsc_ticket>}. */
@XmlRootElement(name = "rsc_ticket")
public class RscTicket extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public RscTicket setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The ticket attribute as written, or null when absent. */
    public String getTicket() {
        return attribute("ticket");
    }

    /** Sets the ticket attribute; null removes it. */
    public RscTicket setTicket(String ticket) {
        putAttribute("ticket", ticket);
        return this;
    }

    /** The rsc attribute as written, or null when absent. */
    public String getRsc() {
        return attribute("rsc");
    }

    /** Sets the rsc attribute; null removes it. */
    public RscTicket setRsc(String rsc) {
        putAttribute("rsc", rsc);
        return this;
    }

    /** The rsc-role attribute as written, or null when absent. */
    public String getRscRole() {
        return attribute("rsc-role");
    }

    /** Sets the rsc-role attribute; null removes it. */
    public RscTicket setRscRole(String rscRole) {
        putAttribute("rsc-role", rscRole);
        return this;
    }

    /** The loss-policy attribute as written, or null when absent. */
    public String getLossPolicy() {
        return attribute("loss-policy");
    }

    /** Sets the loss-policy attribute; null removes it. */
    public RscTicket setLossPolicy(String lossPolicy) {
        putAttribute("loss-policy", lossPolicy);
        return this;
    }

    /** The ResourceSet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ResourceSet> resourceSets() {
        return childrenOf(ResourceSet.class);
    }
}
