package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <fencing-level>}: which devices fence a target, at which index. */
@XmlRootElement(name = "fencing-level")
public class FencingLevel extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "target")
    private String target;

    @XmlAttribute(name = "target-pattern")
    private String targetPattern;

    @XmlAttribute(name = "target-attribute")
    private String targetAttribute;

    @XmlAttribute(name = "target-value")
    private String targetValue;

    @XmlAttribute(name = "index")
    private String index;

    @XmlAttribute(name = "devices")
    private String devices;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public FencingLevel setId(String id) {
        this.id = id;
        return this;
    }

    /** The target attribute as written, or null when absent. */
    public String getTarget() {
        return target;
    }

    /** Sets the target attribute; null removes it. */
    public FencingLevel setTarget(String target) {
        this.target = target;
        return this;
    }

    /** The target-pattern attribute as written, or null when absent. */
    public String getTargetPattern() {
        return targetPattern;
    }

    /** Sets the target-pattern attribute; null removes it. */
    public FencingLevel setTargetPattern(String targetPattern) {
        this.targetPattern = targetPattern;
        return this;
    }

    /** The target-attribute attribute as written, or null when absent. */
    public String getTargetAttribute() {
        return targetAttribute;
    }

    /** Sets the target-attribute attribute; null removes it. */
    public FencingLevel setTargetAttribute(String targetAttribute) {
        this.targetAttribute = targetAttribute;
        return this;
    }

    /** The target-value attribute as written, or null when absent. */
    public String getTargetValue() {
        return targetValue;
    }

    /** Sets the target-value attribute; null removes it. */
    public FencingLevel setTargetValue(String targetValue) {
        this.targetValue = targetValue;
        return this;
    }

    /** The index attribute as written, or null when absent. */
    public String getIndex() {
        return index;
    }

    /** Sets the index attribute; null removes it. */
    public FencingLevel setIndex(String index) {
        this.index = index;
        return this;
    }

    /** The devices attribute as written, or null when absent. */
    public String getDevices() {
        return devices;
    }

    /** Sets the devices attribute; null removes it. */
    public FencingLevel setDevices(String devices) {
        this.devices = devices;
        return this;
    }
}
