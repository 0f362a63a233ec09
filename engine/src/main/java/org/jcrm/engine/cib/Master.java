package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A legacy {@code <master>} (promotable clone) of one primitive or group. */
@XmlRootElement(name = "master")
public class Master extends Resource {
    @Override
    public Master setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Master setDescription(String description) {
        super.setDescription(description);
        return this;
    }

    /** The Primitive children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Primitive> primitives() {
        return childrenOf(Primitive.class);
    }

    /** The Group children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Group> groups() {
        return childrenOf(Group.class);
    }
}
