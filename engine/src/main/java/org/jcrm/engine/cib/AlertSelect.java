package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** An alert's {@code <select>}: the kinds of events it is called for. */
@XmlRootElement(name = "select")
public class AlertSelect extends CibElement {
    /** The first AlertSelectNodes child, or null when there is none. */
    public AlertSelectNodes getSelectNodes() {
        return firstOf(AlertSelectNodes.class);
    }

    /** Replaces the AlertSelectNodes child in place, or appends it when there is none; null removes it. */
    public void setSelectNodes(AlertSelectNodes value) {
        setSingle(AlertSelectNodes.class, value);
    }

    /** The first AlertSelectFencing child, or null when there is none. */
    public AlertSelectFencing getSelectFencing() {
        return firstOf(AlertSelectFencing.class);
    }

    /** Replaces the AlertSelectFencing child in place, or appends it when there is none; null removes it. */
    public void setSelectFencing(AlertSelectFencing value) {
        setSingle(AlertSelectFencing.class, value);
    }

    /** The first AlertSelectResources child, or null when there is none. */
    public AlertSelectResources getSelectResources() {
        return firstOf(AlertSelectResources.class);
    }

    /** Replaces the AlertSelectResources child in place, or appends it when there is none; null removes it. */
    public void setSelectResources(AlertSelectResources value) {
        setSingle(AlertSelectResources.class, value);
    }

    /** The first AlertSelectAttributes child, or null when there is none. */
    public AlertSelectAttributes getSelectAttributes() {
        return firstOf(AlertSelectAttributes.class);
    }

    /** Replaces the AlertSelectAttributes child in place, or appends it when there is none; null removes it. */
    public void setSelectAttributes(AlertSelectAttributes value) {
        setSingle(AlertSelectAttributes.class, value);
    }
}
