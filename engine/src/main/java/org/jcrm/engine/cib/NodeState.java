package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <node_state>}: a node's membership, join state, history and transient attributes. */
@XmlRootElement(name = "node_state")
public class NodeState extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public NodeState setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The uname attribute as written, or null when absent. */
    public String getUname() {
        return attribute("uname");
    }

    /** Sets the uname attribute; null removes it. */
    public NodeState setUname(String uname) {
        putAttribute("uname", uname);
        return this;
    }

    /** The in_ccm attribute as written, or null when absent. */
    public String getInCcm() {
        return attribute("in_ccm");
    }

    /** Sets the in_ccm attribute; null removes it. */
    public NodeState setInCcm(String inCcm) {
        putAttribute("in_ccm", inCcm);
        return this;
    }

    /** The crmd attribute as written, or null when absent. */
    public String getCrmd() {
        return attribute("crmd");
    }

    /** Sets the crmd attribute; null removes it. */
    public NodeState setCrmd(String crmd) {
        putAttribute("crmd", crmd);
        return this;
    }

    /** The join attribute as written, or null when absent. */
    public String getJoin() {
        return attribute("join");
    }

    /** Sets the join attribute; null removes it. */
    public NodeState setJoin(String join) {
        putAttribute("join", join);
        return this;
    }

    /** The expected attribute as written, or null when absent. */
    public String getExpected() {
        return attribute("expected");
    }

    /** Sets the expected attribute; null removes it. */
    public NodeState setExpected(String expected) {
        putAttribute("expected", expected);
        return this;
    }

    /** The shutdown attribute as written, or null when absent. */
    public String getShutdown() {
        return attribute("shutdown");
    }

    /** Sets the shutdown attribute; null removes it. */
    public NodeState setShutdown(String shutdown) {
        putAttribute("shutdown", shutdown);
        return this;
    }

    /** The remote_node attribute as written, or null when absent. */
    public String getRemoteNode() {
        return attribute("remote_node");
    }

    /** Sets the remote_node attribute; null removes it. */
    public NodeState setRemoteNode(String remoteNode) {
        putAttribute("remote_node", remoteNode);
        return this;
    }

    /** The crm-debug-origin attribute as written, or null when absent. */
    public String getCrmDebugOrigin() {
        return attribute("crm-debug-origin");
    }

    /** Sets the crm-debug-origin attribute; null removes it. */
    public NodeState setCrmDebugOrigin(String crmDebugOrigin) {
        putAttribute("crm-debug-origin", crmDebugOrigin);
        return this;
    }

    /** The ha attribute as written, or null when absent. */
    public String getHa() {
        return attribute("ha");
    }

    /** Sets the ha attribute; null removes it. */
    public NodeState setHa(String ha) {
        putAttribute("ha", ha);
        return this;
    }

    /** The crm_feature_set attribute as written, or null when absent. */
    public String getCrmFeatureSet() {
        return attribute("crm_feature_set");
    }

    /** Sets the crm_feature_set attribute; null removes it. */
    public NodeState setCrmFeatureSet(String crmFeatureSet) {
        putAttribute("crm_feature_set", crmFeatureSet);
        return this;
    }

    /** The first Lrm child, or null when there is none. */
    public Lrm getLrm() {
        return firstOf(Lrm.class);
    }

    /** Replaces the Lrm child in place, or appends it when there is none; null removes it. */
    public void setLrm(Lrm value) {
        setSingle(Lrm.class, value);
    }

    /** The first TransientAttributes child, or null when there is none. */
    public TransientAttributes getTransientAttributes() {
        return firstOf(TransientAttributes.class);
    }

    /** Replaces the TransientAttributes child in place, or appends it when there is none; null removes it. */
    public void setTransientAttributes(TransientAttributes value) {
        setSingle(TransientAttributes.class, value);
    }
}
