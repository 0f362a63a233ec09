package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** One resource operation {@code <op>} definition. */
@XmlRootElement(name = "op")
public class Op extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "name")
    private String name;

    @XmlAttribute(name = "interval")
    private String interval;

    @XmlAttribute(name = "description")
    private String description;

    @XmlAttribute(name = "start-delay")
    private String startDelay;

    @XmlAttribute(name = "interval-origin")
    private String intervalOrigin;

    @XmlAttribute(name = "timeout")
    private String timeout;

    @XmlAttribute(name = "enabled")
    private String enabled;

    @XmlAttribute(name = "record-pending")
    private String recordPending;

    @XmlAttribute(name = "role")
    private String role;

    @XmlAttribute(name = "requires")
    private String requires;

    @XmlAttribute(name = "on-fail")
    private String onFail;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Op setId(String id) {
        this.id = id;
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return name;
    }

    /** Sets the name attribute; null removes it. */
    public Op setName(String name) {
        this.name = name;
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return interval;
    }

    /** Sets the interval attribute; null removes it. */
    public Op setInterval(String interval) {
        this.interval = interval;
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return description;
    }

    /** Sets the description attribute; null removes it. */
    public Op setDescription(String description) {
        this.description = description;
        return this;
    }

    /** The start-delay attribute as written, or null when absent. */
    public String getStartDelay() {
        return startDelay;
    }

    /** Sets the start-delay attribute; null removes it. */
    public Op setStartDelay(String startDelay) {
        this.startDelay = startDelay;
        return this;
    }

    /** The interval-origin attribute as written, or null when absent. */
    public String getIntervalOrigin() {
        return intervalOrigin;
    }

    /** Sets the interval-origin attribute; null removes it. */
    public Op setIntervalOrigin(String intervalOrigin) {
        this.intervalOrigin = intervalOrigin;
        return this;
    }

    /** The timeout attribute as written, or null when absent. */
    public String getTimeout() {
        return timeout;
    }

    /** Sets the timeout attribute; null removes it. */
    public Op setTimeout(String timeout) {
        this.timeout = timeout;
        return this;
    }

    /** The enabled attribute as written, or null when absent. */
    public String getEnabled() {
        return enabled;
    }

    /** Sets the enabled attribute; null removes it. */
    public Op setEnabled(String enabled) {
        this.enabled = enabled;
        return this;
    }

    /** The record-pending attribute as written, or null when absent. */
    public String getRecordPending() {
        return recordPending;
    }

    /** Sets the record-pending attribute; null removes it. */
    public Op setRecordPending(String recordPending) {
        this.recordPending = recordPending;
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return role;
    }

    /** Sets the role attribute; null removes it. */
    public Op setRole(String role) {
        this.role = role;
        return this;
    }

    /** The requires attribute as written, or null when absent. */
    public String getRequires() {
        return requires;
    }

    /** Sets the requires attribute; null removes it. */
    public Op setRequires(String requires) {
        this.requires = requires;
        return this;
    }

    /** The on-fail attribute as written, or null when absent. */
    public String getOnFail() {
        return onFail;
    }

    /** Sets the on-fail attribute; null removes it. */
    public Op setOnFail(String onFail) {
        this.onFail = onFail;
        return this;
    }

    /** The InstanceAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<InstanceAttributes> instanceAttributes() {
        return childrenOf(InstanceAttributes.class);
    }

    /** The MetaAttributes children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<MetaAttributes> metaAttributes() {
        return childrenOf(MetaAttributes.class);
    }
}
