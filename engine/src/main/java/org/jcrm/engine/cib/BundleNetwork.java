package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A bundle's {@code <network>}: addresses and port mappings. */
@XmlRootElement(name = "network")
public class BundleNetwork extends CibElement {
    @XmlAttribute(name = "ip-range-start")
    private String ipRangeStart;

    @XmlAttribute(name = "control-port")
    private String controlPort;

    @XmlAttribute(name = "host-interface")
    private String hostInterface;

    @XmlAttribute(name = "host-netmask")
    private String hostNetmask;

    @XmlAttribute(name = "add-host")
    private String addHost;

    /** The ip-range-start attribute as written, or null when absent. */
    public String getIpRangeStart() {
        return ipRangeStart;
    }

    /** Sets the ip-range-start attribute; null removes it. */
    public BundleNetwork setIpRangeStart(String ipRangeStart) {
        this.ipRangeStart = ipRangeStart;
        return this;
    }

    /** The control-port attribute as written, or null when absent. */
    public String getControlPort() {
        return controlPort;
    }

    /** Sets the control-port attribute; null removes it. */
    public BundleNetwork setControlPort(String controlPort) {
        this.controlPort = controlPort;
        return this;
    }

    /** The host-interface attribute as written, or null when absent. */
    public String getHostInterface() {
        return hostInterface;
    }

    /** Sets the host-interface attribute; null removes it. */
    public BundleNetwork setHostInterface(String hostInterface) {
        this.hostInterface = hostInterface;
        return this;
    }

    /** The host-netmask attribute as written, or null when absent. */
    public String getHostNetmask() {
        return hostNetmask;
    }

    /** Sets the host-netmask attribute; null removes it. */
    public BundleNetwork setHostNetmask(String hostNetmask) {
        this.hostNetmask = hostNetmask;
        return this;
    }

    /** The add-host attribute as written, or null when absent. */
    public String getAddHost() {
        return addHost;
    }

    /** Sets the add-host attribute; null removes it. */
    public BundleNetwork setAddHost(String addHost) {
        this.addHost = addHost;
        return this;
    }

    /** The PortMapping children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<PortMapping> portMappings() {
        return childrenOf(PortMapping.class);
    }
}
