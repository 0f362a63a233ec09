package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A bundle's {@code <network>}: addresses and port mappings. */
@XmlRootElement(name = "network")
public class BundleNetwork extends CibElement {
    /** The ip-range-start attribute as written, or null when absent. */
    public String getIpRangeStart() {
        return attribute("ip-range-start");
    }

    /** Sets the ip-range-start attribute; null removes it. */
    public BundleNetwork setIpRangeStart(String ipRangeStart) {
        putAttribute("ip-range-start", ipRangeStart);
        return this;
    }

    /** The control-port attribute as written, or null when absent. */
    public String getControlPort() {
        return attribute("control-port");
    }

    /** Sets the control-port attribute; null removes it. */
    public BundleNetwork setControlPort(String controlPort) {
        putAttribute("control-port", controlPort);
        return this;
    }

    /** The host-interface attribute as written, or null when absent. */
    public String getHostInterface() {
        return attribute("host-interface");
    }

    /** Sets the host-interface attribute; null removes it. */
    public BundleNetwork setHostInterface(String hostInterface) {
        putAttribute("host-interface", hostInterface);
        return this;
    }

    /** The host-netmask attribute as written, or null when absent. */
    public String getHostNetmask() {
        return attribute("host-netmask");
    }

    /** Sets the host-netmask attribute; null removes it. */
    public BundleNetwork setHostNetmask(String hostNetmask) {
        putAttribute("host-netmask", hostNetmask);
        return this;
    }

    /** The add-host attribute as written, or null when absent. */
    public String getAddHost() {
        return attribute("add-host");
    }

    /** Sets the add-host attribute; null removes it. */
    public BundleNetwork setAddHost(String addHost) {
        putAttribute("add-host", addHost);
        return this;
    }

    /** The PortMapping children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<PortMapping> portMappings() {
        return childrenOf(PortMapping.class);
    }
}
