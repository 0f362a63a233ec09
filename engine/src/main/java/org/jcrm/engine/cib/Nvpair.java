package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** One {@code <nvpair>}: a name and value, or a reference to another nvpair. */
@XmlRootElement(name = "nvpair")
public class Nvpair extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Nvpair setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public Nvpair setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public Nvpair setName(String name) {
        putAttribute("name", name);
        return this;
    }

    /** The value attribute as written, or null when absent. */
    public String getValue() {
        return attribute("value");
    }

    /** Sets the value attribute; null removes it. */
    public Nvpair setValue(String value) {
        putAttribute("value", value);
        return this;
    }
}
