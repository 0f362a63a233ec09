package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <fencing-level>}: which devices fence a target, at which index. */
@XmlRootElement(name = "fencing-level")
public class FencingLevel extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public FencingLevel setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The target attribute as written, or null when absent. */
    public String getTarget() {
        return attribute("target");
    }

    /** Sets the target attribute; null removes it. */
    public FencingLevel setTarget(String target) {
        putAttribute("target", target);
        return this;
    }

    /** The target-pattern attribute as written, or null when absent. */
    public String getTargetPattern() {
        return attribute("target-pattern");
    }

    /** Sets the target-pattern attribute; null removes it. */
    public FencingLevel setTargetPattern(String targetPattern) {
        putAttribute("target-pattern", targetPattern);
        return this;
    }

    /** The target-attribute attribute as written, or null when absent. */
    public String getTargetAttribute() {
        return attribute("target-attribute");
    }

    /** Sets the target-attribute attribute; null removes it. */
    public FencingLevel setTargetAttribute(String targetAttribute) {
        putAttribute("target-attribute", targetAttribute);
        return this;
    }

    /** The target-value attribute as written, or null when absent. */
    public String getTargetValue() {
        return attribute("target-value");
    }

    /** Sets the target-value attribute; null removes it. */
    public FencingLevel setTargetValue(String targetValue) {
        putAttribute("target-value", targetValue);
        return this;
    }

    /** The index attribute as written, or null when absent. */
    public String getIndex() {
        return attribute("index");
    }

    /** Sets the index attribute; null removes it. */
    public FencingLevel setIndex(String index) {
        putAttribute("index", index);
        return this;
    }

    /** The devices attribute as written, or null when absent. */
    public String getDevices() {
        return attribute("devices");
    }

    /** Sets the devices attribute; null removes it. */
    public FencingLevel setDevices(String devices) {
        putAttribute("devices", devices);
        return this;
    }
}
