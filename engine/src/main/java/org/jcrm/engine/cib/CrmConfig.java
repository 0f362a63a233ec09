package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <crm_config>} section holding cluster option sets. */
@XmlRootElement(name = "crm_config")
public class CrmConfig extends CibElement {
    /** The ClusterPropertySet children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<ClusterPropertySet> propertySets() {
        return childrenOf(ClusterPropertySet.class);
    }
}
