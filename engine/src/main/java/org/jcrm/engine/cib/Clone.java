package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <clone>} of one primitive or group (promotable when its meta attribute says so). */
@XmlRootElement(name = "clone")
public class Clone extends Resource {
    @Override
    public Clone setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Clone setDescription(String description) {
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
