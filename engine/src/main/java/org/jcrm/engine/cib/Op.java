package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** One resource operation {@code <op>} definition. */
@XmlRootElement(name = "op")
public class Op extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Op setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The name attribute as written, or null when absent. */
    public String getName() {
        return attribute("name");
    }

    /** Sets the name attribute; null removes it. */
    public Op setName(String name) {
        putAttribute("name", name);
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return attribute("interval");
    }

    /** Sets the interval attribute; null removes it. */
    public Op setInterval(String interval) {
        putAttribute("interval", interval);
        return this;
    }

    /** The description attribute as written, or null when absent. */
    public String getDescription() {
        return attribute("description");
    }

    /** Sets the description attribute; null removes it. */
    public Op setDescription(String description) {
        putAttribute("description", description);
        return this;
    }

    /** The start-delay attribute as written, or null when absent. */
    public String getStartDelay() {
        return attribute("start-delay");
    }

    /** Sets the start-delay attribute; null removes it. */
    public Op setStartDelay(String startDelay) {
        putAttribute("start-delay", startDelay);
        return this;
    }

    /** The interval-origin attribute as written, or null when absent. */
    public String getIntervalOrigin() {
        return attribute("interval-origin");
    }

    /** Sets the interval-origin attribute; null removes it. */
    public Op setIntervalOrigin(String intervalOrigin) {
        putAttribute("interval-origin", intervalOrigin);
        return this;
    }

    /** The timeout attribute as written, or null when absent. */
    public String getTimeout() {
        return attribute("timeout");
    }

    /** Sets the timeout attribute; null removes it. */
    public Op setTimeout(String timeout) {
        putAttribute("timeout", timeout);
        return this;
    }

    /** The enabled attribute as written, or null when absent. */
    public String getEnabled() {
        return attribute("enabled");
    }

    /** Sets the enabled attribute; null removes it. */
    public Op setEnabled(String enabled) {
        putAttribute("enabled", enabled);
        return this;
    }

    /** The record-pending attribute as written, or null when absent. */
    public String getRecordPending() {
        return attribute("record-pending");
    }

    /** Sets the record-pending attribute; null removes it. */
    public Op setRecordPending(String recordPending) {
        putAttribute("record-pending", recordPending);
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return attribute("role");
    }

    /** Sets the role attribute; null removes it. */
    public Op setRole(String role) {
        putAttribute("role", role);
        return this;
    }

    /** The requires attribute as written, or null when absent. */
    public String getRequires() {
        return attribute("requires");
    }

    /** Sets the requires attribute; null removes it. */
    public Op setRequires(String requires) {
        putAttribute("requires", requires);
        return this;
    }

    /** The on-fail attribute as written, or null when absent. */
    public String getOnFail() {
        return attribute("on-fail");
    }

    /** Sets the on-fail attribute; null removes it. */
    public Op setOnFail(String onFail) {
        putAttribute("on-fail", onFail);
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
