package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <alerts>} section. */
@XmlRootElement(name = "alerts")
public class Alerts extends CibElement {
    /** The Alert children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Alert> alerts() {
        return childrenOf(Alert.class);
    }
}
