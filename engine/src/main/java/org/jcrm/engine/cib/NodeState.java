package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A {@code <node_state>}: a node's membership, join state, history and transient attributes. */
@XmlRootElement(name = "node_state")
public class NodeState extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "uname")
    private String uname;

    @XmlAttribute(name = "in_ccm")
    private String inCcm;

    @XmlAttribute(name = "crmd")
    private String crmd;

    @XmlAttribute(name = "join")
    private String join;

    @XmlAttribute(name = "expected")
    private String expected;

    @XmlAttribute(name = "shutdown")
    private String shutdown;

    @XmlAttribute(name = "remote_node")
    private String remoteNode;

    @XmlAttribute(name = "crm-debug-origin")
    private String crmDebugOrigin;

    @XmlAttribute(name = "ha")
    private String ha;

    @XmlAttribute(name = "crm_feature_set")
    private String crmFeatureSet;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public NodeState setId(String id) {
        this.id = id;
        return this;
    }

    /** The uname attribute as written, or null when absent. */
    public String getUname() {
        return uname;
    }

    /** Sets the uname attribute; null removes it. */
    public NodeState setUname(String uname) {
        this.uname = uname;
        return this;
    }

    /** The in_ccm attribute as written, or null when absent. */
    public String getInCcm() {
        return inCcm;
    }

    /** Sets the in_ccm attribute; null removes it. */
    public NodeState setInCcm(String inCcm) {
        this.inCcm = inCcm;
        return this;
    }

    /** The crmd attribute as written, or null when absent. */
    public String getCrmd() {
        return crmd;
    }

    /** Sets the crmd attribute; null removes it. */
    public NodeState setCrmd(String crmd) {
        this.crmd = crmd;
        return this;
    }

    /** The join attribute as written, or null when absent. */
    public String getJoin() {
        return join;
    }

    /** Sets the join attribute; null removes it. */
    public NodeState setJoin(String join) {
        this.join = join;
        return this;
    }

    /** The expected attribute as written, or null when absent. */
    public String getExpected() {
        return expected;
    }

    /** Sets the expected attribute; null removes it. */
    public NodeState setExpected(String expected) {
        this.expected = expected;
        return this;
    }

    /** The shutdown attribute as written, or null when absent. */
    public String getShutdown() {
        return shutdown;
    }

    /** Sets the shutdown attribute; null removes it. */
    public NodeState setShutdown(String shutdown) {
        this.shutdown = shutdown;
        return this;
    }

    /** The remote_node attribute as written, or null when absent. */
    public String getRemoteNode() {
        return remoteNode;
    }

    /** Sets the remote_node attribute; null removes it. */
    public NodeState setRemoteNode(String remoteNode) {
        this.remoteNode = remoteNode;
        return this;
    }

    /** The crm-debug-origin attribute as written, or null when absent. */
    public String getCrmDebugOrigin() {
        return crmDebugOrigin;
    }

    /** Sets the crm-debug-origin attribute; null removes it. */
    public NodeState setCrmDebugOrigin(String crmDebugOrigin) {
        this.crmDebugOrigin = crmDebugOrigin;
        return this;
    }

    /** The ha attribute as written, or null when absent. */
    public String getHa() {
        return ha;
    }

    /** Sets the ha attribute; null removes it. */
    public NodeState setHa(String ha) {
        this.ha = ha;
        return this;
    }

    /** The crm_feature_set attribute as written, or null when absent. */
    public String getCrmFeatureSet() {
        return crmFeatureSet;
    }

    /** Sets the crm_feature_set attribute; null removes it. */
    public NodeState setCrmFeatureSet(String crmFeatureSet) {
        this.crmFeatureSet = crmFeatureSet;
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
