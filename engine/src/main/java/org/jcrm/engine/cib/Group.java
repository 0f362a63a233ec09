package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <group>} of primitives started in order on one node. */
@XmlRootElement(name = "group")
public class Group extends Resource {
    @Override
    public Group setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Group setDescription(String description) {
        super.setDescription(description);
        return this;
    }

    /** The Primitive children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Primitive> primitives() {
        return childrenOf(Primitive.class);
    }
}
