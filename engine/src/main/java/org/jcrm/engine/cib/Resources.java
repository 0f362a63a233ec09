package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** The {@code <resources>} section: top-level primitives, groups, clones, masters, templates and bundles. */
@XmlRootElement(name = "resources")
public class Resources extends CibElement {
    /** The Primitive children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Primitive> primitives() {
        return childrenOf(Primitive.class);
    }

    /** The Group children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Group> groups() {
        return childrenOf(Group.class);
    }

    /** The Clone children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Clone> clones() {
        return childrenOf(Clone.class);
    }

    /** The Master children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Master> masters() {
        return childrenOf(Master.class);
    }

    /** The Template children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Template> templates() {
        return childrenOf(Template.class);
    }

    /** The Bundle children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Bundle> bundles() {
        return childrenOf(Bundle.class);
    }
}
