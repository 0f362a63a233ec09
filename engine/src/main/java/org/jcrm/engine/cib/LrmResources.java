package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <lrm_resources>} list. */
@XmlRootElement(name = "lrm_resources")
public class LrmResources extends CibElement {
    /** The LrmResource children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<LrmResource> resources() {
        return childrenOf(LrmResource.class);
    }
}
