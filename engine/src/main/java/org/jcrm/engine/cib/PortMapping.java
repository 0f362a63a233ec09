package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A bundle {@code <port-mapping>}. */
@XmlRootElement(name = "port-mapping")
public class PortMapping extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public PortMapping setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The port attribute as written, or null when absent. */
    public String getPort() {
        return attribute("port");
    }

    /** Sets the port attribute; null removes it. */
    public PortMapping setPort(String port) {
        putAttribute("port", port);
        return this;
    }

    /** The internal-port attribute as written, or null when absent. */
    public String getInternalPort() {
        return attribute("internal-port");
    }

    /** Sets the internal-port attribute; null removes it. */
    public PortMapping setInternalPort(String internalPort) {
        putAttribute("internal-port", internalPort);
        return this;
    }

    /** The range attribute as written, or null when absent. */
    public String getRange() {
        return attribute("range");
    }

    /** Sets the range attribute; null removes it. */
    public PortMapping setRange(String range) {
        putAttribute("range", range);
        return this;
    }
}
