package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A bundle {@code <port-mapping>}. */
@XmlRootElement(name = "port-mapping")
public class PortMapping extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "port")
    private String port;

    @XmlAttribute(name = "internal-port")
    private String internalPort;

    @XmlAttribute(name = "range")
    private String range;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public PortMapping setId(String id) {
        this.id = id;
        return this;
    }

    /** The port attribute as written, or null when absent. */
    public String getPort() {
        return port;
    }

    /** Sets the port attribute; null removes it. */
    public PortMapping setPort(String port) {
        this.port = port;
        return this;
    }

    /** The internal-port attribute as written, or null when absent. */
    public String getInternalPort() {
        return internalPort;
    }

    /** Sets the internal-port attribute; null removes it. */
    public PortMapping setInternalPort(String internalPort) {
        this.internalPort = internalPort;
        return this;
    }

    /** The range attribute as written, or null when absent. */
    public String getRange() {
        return range;
    }

    /** Sets the range attribute; null removes it. */
    public PortMapping setRange(String range) {
        this.range = range;
        return this;
    }
}
