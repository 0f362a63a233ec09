package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <configuration>} section: cluster options, nodes, resources, constraints and the rest. */
@XmlRootElement(name = "configuration")
public class Configuration extends CibElement {
    /** The first CrmConfig child, or null when there is none. */
    public CrmConfig getCrmConfig() {
        return firstOf(CrmConfig.class);
    }

    /** Replaces the CrmConfig child in place, or appends it when there is none; null removes it. */
    public void setCrmConfig(CrmConfig value) {
        setSingle(CrmConfig.class, value);
    }

    /** The first RscDefaults child, or null when there is none. */
    public RscDefaults getRscDefaults() {
        return firstOf(RscDefaults.class);
    }

    /** Replaces the RscDefaults child in place, or appends it when there is none; null removes it. */
    public void setRscDefaults(RscDefaults value) {
        setSingle(RscDefaults.class, value);
    }

    /** The first OpDefaults child, or null when there is none. */
    public OpDefaults getOpDefaults() {
        return firstOf(OpDefaults.class);
    }

    /** Replaces the OpDefaults child in place, or appends it when there is none; null removes it. */
    public void setOpDefaults(OpDefaults value) {
        setSingle(OpDefaults.class, value);
    }

    /** The first Nodes child, or null when there is none. */
    public Nodes getNodes() {
        return firstOf(Nodes.class);
    }

    /** Replaces the Nodes child in place, or appends it when there is none; null removes it. */
    public void setNodes(Nodes value) {
        setSingle(Nodes.class, value);
    }

    /** The first Resources child, or null when there is none. */
    public Resources getResources() {
        return firstOf(Resources.class);
    }

    /** Replaces the Resources child in place, or appends it when there is none; null removes it. */
    public void setResources(Resources value) {
        setSingle(Resources.class, value);
    }

    /** The first Constraints child, or null when there is none. */
    public Constraints getConstraints() {
        return firstOf(Constraints.class);
    }

    /** Replaces the Constraints child in place, or appends it when there is none; null removes it. */
    public void setConstraints(Constraints value) {
        setSingle(Constraints.class, value);
    }

    /** The first FencingTopology child, or null when there is none. */
    public FencingTopology getFencingTopology() {
        return firstOf(FencingTopology.class);
    }

    /** Replaces the FencingTopology child in place, or appends it when there is none; null removes it. */
    public void setFencingTopology(FencingTopology value) {
        setSingle(FencingTopology.class, value);
    }

    /** The first Tags child, or null when there is none. */
    public Tags getTags() {
        return firstOf(Tags.class);
    }

    /** Replaces the Tags child in place, or appends it when there is none; null removes it. */
    public void setTags(Tags value) {
        setSingle(Tags.class, value);
    }

    /** The first Acls child, or null when there is none. */
    public Acls getAcls() {
        return firstOf(Acls.class);
    }

    /** Replaces the Acls child in place, or appends it when there is none; null removes it. */
    public void setAcls(Acls value) {
        setSingle(Acls.class, value);
    }

    /** The first Alerts child, or null when there is none. */
    public Alerts getAlerts() {
        return firstOf(Alerts.class);
    }

    /** Replaces the Alerts child in place, or appends it when there is none; null removes it. */
    public void setAlerts(Alerts value) {
        setSingle(Alerts.class, value);
    }
}
