package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlTransient;
import java.util.List;

/** A configured resource of any kind (primitive, template, group, clone, master, bundle). */
@XmlTransient
public abstract class Resource extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Resource setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public Resource setDescription(String description) {
        putAttribute("description", description);
        return this;
    }

    /** The meta attribute sets of this resource, in document order. */
    public List<MetaAttributes> metaAttributes() {
        return childrenOf(MetaAttributes.class);
    }

    /** The instance attribute sets of this resource, in document order. */
    public List<InstanceAttributes> instanceAttributes() {
        return childrenOf(InstanceAttributes.class);
    }

    /** The resources directly inside this one (group members, the cloned or bundled resource). */
    public List<Resource> childResources() {
        return childrenOf(Resource.class);
    }
}
