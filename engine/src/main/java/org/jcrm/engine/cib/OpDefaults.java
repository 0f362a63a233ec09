package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <op_defaults>} section: default operation meta attributes. */
@XmlRootElement(name = "op_defaults")
public class OpDefaults extends CibElement {
    /** The InstanceAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<InstanceAttributes> instanceAttributes() {
        return childrenOf(InstanceAttributes.class);
    }

    /** The MetaAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<MetaAttributes> metaAttributes() {
        return childrenOf(MetaAttributes.class);
    }
}
