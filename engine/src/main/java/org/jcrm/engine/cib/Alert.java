package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An {@code <alert>}: an agent path called for cluster events, with its recipients. */
@XmlRootElement(name = "alert")
public class Alert extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Alert setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The path attribute as written, or null when absent. */
    public String getPath() {
        return attribute("path");
    }

    /** Sets the path attribute; null removes it. */
    public Alert setPath(String path) {
        putAttribute("path", path);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public Alert setDescription(String description) {
        putAttribute("description", description);
        return this;
    }

    /** The InstanceAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<InstanceAttributes> instanceAttributes() {
        return childrenOf(InstanceAttributes.class);
    }

    /** The MetaAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<MetaAttributes> metaAttributes() {
        return childrenOf(MetaAttributes.class);
    }

    /** The first AlertSelect child, or null when there is none. */
    public AlertSelect getSelect() {
        return firstOf(AlertSelect.class);
    }

    /** Replaces the AlertSelect child in place, or appends it when there is none; null removes it. */
    public void setSelect(AlertSelect value) {
        setSingle(AlertSelect.class, value);
    }

    /** The AlertRecipient children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AlertRecipient> recipients() {
        return childrenOf(AlertRecipient.class);
    }
}
