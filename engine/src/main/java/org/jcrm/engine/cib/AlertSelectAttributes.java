package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** Selects node attribute events for an alert, optionally only some attributes. */
@XmlRootElement(name = "select_attributes")
public class AlertSelectAttributes extends CibElement {
    /** The AlertAttribute children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<AlertAttribute> attributes() {
        return childrenOf(AlertAttribute.class);
    }
}
