package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** An alert {@code <recipient>}. */
@XmlRootElement(name = "recipient")
public class AlertRecipient extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public AlertRecipient setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The value attribute as written, or null when absent. */
    public String getValue() {
        return attribute("value");
    }

    /** Sets the value attribute; null removes it. */
    public AlertRecipient setValue(String value) {
        putAttribute("value", value);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public AlertRecipient setDescription(String description) {
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
}
