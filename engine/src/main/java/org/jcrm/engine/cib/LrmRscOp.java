package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** One recorded operation {@code <lrm_rsc_op>} of a resource on a node. */
@XmlRootElement(name = "lrm_rsc_op")
public class LrmRscOp extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "operation_key")
    private String operationKey;

    @XmlAttribute(name = "operation")
    private String operation;

    @XmlAttribute(name = "crm-debug-origin")
    private String crmDebugOrigin;

    @XmlAttribute(name = "crm_feature_set")
    private String crmFeatureSet;

    @XmlAttribute(name = "transition-key")
    private String transitionKey;

    @XmlAttribute(name = "transition-magic")
    private String transitionMagic;

    @XmlAttribute(name = "exit-reason")
    private String exitReason;

    @XmlAttribute(name = "on_node")
    private String onNode;

    @XmlAttribute(name = "call-id")
    private String callId;

    @XmlAttribute(name = "rc-code")
    private String rcCode;

    @XmlAttribute(name = "op-status")
    private String opStatus;

    @XmlAttribute(name = "interval")
    private String interval;

    @XmlAttribute(name = "last-rc-change")
    private String lastRcChange;

    @XmlAttribute(name = "last-run")
    private String lastRun;

    @XmlAttribute(name = "exec-time")
    private String execTime;

    @XmlAttribute(name = "queue-time")
    private String queueTime;

    @XmlAttribute(name = "op-digest")
    private String opDigest;

    @XmlAttribute(name = "op-restart-digest")
    private String opRestartDigest;

    @XmlAttribute(name = "op-secure-digest")
    private String opSecureDigest;

    @XmlAttribute(name = "op-force-restart")
    private String opForceRestart;

    @XmlAttribute(name = "op-secure-params")
    private String opSecureParams;

    @XmlAttribute(name = "migrate_source")
    private String migrateSource;

    @XmlAttribute(name = "migrate_target")
    private String migrateTarget;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public LrmRscOp setId(String id) {
        this.id = id;
        return this;
    }

    /** The operation_key attribute as written, or null when absent. */
    public String getOperationKey() {
        return operationKey;
    }

    /** Sets the operation_key attribute; null removes it. */
    public LrmRscOp setOperationKey(String operationKey) {
        this.operationKey = operationKey;
        return this;
    }

    /** The operation attribute as written, or null when absent. */
    public String getOperation() {
        return operation;
    }

    /** Sets the operation attribute; null removes it. */
    public LrmRscOp setOperation(String operation) {
        this.operation = operation;
        return this;
    }

    /** The crm-debug-origin attribute as written, or null when absent. */
    public String getCrmDebugOrigin() {
        return crmDebugOrigin;
    }

    /** Sets the crm-debug-origin attribute; null removes it. */
    public LrmRscOp setCrmDebugOrigin(String crmDebugOrigin) {
        this.crmDebugOrigin = crmDebugOrigin;
        return this;
    }

    /** The crm_feature_set attribute as written, or null when absent. */
    public String getCrmFeatureSet() {
        return crmFeatureSet;
    }

    /** Sets the crm_feature_set attribute; null removes it. */
    public LrmRscOp setCrmFeatureSet(String crmFeatureSet) {
        this.crmFeatureSet = crmFeatureSet;
        return this;
    }

    /** The transition-key attribute as written, or null when absent. */
    public String getTransitionKey() {
        return transitionKey;
    }

    /** Sets the transition-key attribute; null removes it. */
    public LrmRscOp setTransitionKey(String transitionKey) {
        this.transitionKey = transitionKey;
        return this;
    }

    /** The transition-magic attribute as written, or null when absent. */
    public String getTransitionMagic() {
        return transitionMagic;
    }

    /** Sets the transition-magic attribute; null removes it. */
    public LrmRscOp setTransitionMagic(String transitionMagic) {
        this.transitionMagic = transitionMagic;
        return this;
    }

    /** The exit-reason attribute as written, or null when absent. */
    public String getExitReason() {
        return exitReason;
    }

    /** Sets the exit-reason attribute; null removes it. */
    public LrmRscOp setExitReason(String exitReason) {
        this.exitReason = exitReason;
        return this;
    }

    /** The on_node attribute as written, or null when absent. */
    public String getOnNode() {
        return onNode;
    }

    /** Sets the on_node attribute; null removes it. */
    public LrmRscOp setOnNode(String onNode) {
        this.onNode = onNode;
        return this;
    }

    /** The call-id attribute as written, or null when absent. */
    public String getCallId() {
        return callId;
    }

    /** Sets the call-id attribute; null removes it. */
    public LrmRscOp setCallId(String callId) {
        this.callId = callId;
        return this;
    }

    /** The rc-code attribute as written, or null when absent. */
    public String getRcCode() {
        return rcCode;
    }

    /** Sets the rc-code attribute; null removes it. */
    public LrmRscOp setRcCode(String rcCode) {
        this.rcCode = rcCode;
        return this;
    }

    /** The op-status attribute as written, or null when absent. */
    public String getOpStatus() {
        return opStatus;
    }

    /** Sets the op-status attribute; null removes it. */
    public LrmRscOp setOpStatus(String opStatus) {
        this.opStatus = opStatus;
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return interval;
    }

    /** Sets the interval attribute; null removes it. */
    public LrmRscOp setInterval(String interval) {
        this.interval = interval;
        return this;
    }

    /** The last-rc-change attribute as written, or null when absent. */
    public String getLastRcChange() {
        return lastRcChange;
    }

    /** Sets the last-rc-change attribute; null removes it. */
    public LrmRscOp setLastRcChange(String lastRcChange) {
        this.lastRcChange = lastRcChange;
        return this;
    }

    /** The last-run attribute as written, or null when absent. */
    public String getLastRun() {
        return lastRun;
    }

    /** Sets the last-run attribute; null removes it. */
    public LrmRscOp setLastRun(String lastRun) {
        this.lastRun = lastRun;
        return this;
    }

    /** The exec-time attribute as written, or null when absent. */
    public String getExecTime() {
        return execTime;
    }

    /** Sets the exec-time attribute; null removes it. */
    public LrmRscOp setExecTime(String execTime) {
        this.execTime = execTime;
        return this;
    }

    /** The queue-time attribute as written, or null when absent. */
    public String getQueueTime() {
        return queueTime;
    }

    /** Sets the queue-time attribute; null removes it. */
    public LrmRscOp setQueueTime(String queueTime) {
        this.queueTime = queueTime;
        return this;
    }

    /** The op-digest attribute as written, or null when absent. */
    public String getOpDigest() {
        return opDigest;
    }

    /** Sets the op-digest attribute; null removes it. */
    public LrmRscOp setOpDigest(String opDigest) {
        this.opDigest = opDigest;
        return this;
    }

    /** The op-restart-digest attribute as written, or null when absent. */
    public String getOpRestartDigest() {
        return opRestartDigest;
    }

    /** Sets the op-restart-digest attribute; null removes it. */
    public LrmRscOp setOpRestartDigest(String opRestartDigest) {
        this.opRestartDigest = opRestartDigest;
        return this;
    }

    /** The op-secure-digest attribute as written, or null when absent. */
    public String getOpSecureDigest() {
        return opSecureDigest;
    }

    /** Sets the op-secure-digest attribute; null removes it. */
    public LrmRscOp setOpSecureDigest(String opSecureDigest) {
        this.opSecureDigest = opSecureDigest;
        return this;
    }

    /** The op-force-restart attribute as written, or null when absent. */
    public String getOpForceRestart() {
        return opForceRestart;
    }

    /** Sets the op-force-restart attribute; null removes it. */
    public LrmRscOp setOpForceRestart(String opForceRestart) {
        this.opForceRestart = opForceRestart;
        return this;
    }

    /** The op-secure-params attribute as written, or null when absent. */
    public String getOpSecureParams() {
        return opSecureParams;
    }

    /** Sets the op-secure-params attribute; null removes it. */
    public LrmRscOp setOpSecureParams(String opSecureParams) {
        this.opSecureParams = opSecureParams;
        return this;
    }

    /** The migrate_source attribute as written, or null when absent. */
    public String getMigrateSource() {
        return migrateSource;
    }

    /** Sets the migrate_source attribute; null removes it. */
    public LrmRscOp setMigrateSource(String migrateSource) {
        this.migrateSource = migrateSource;
        return this;
    }

    /** The migrate_target attribute as written, or null when absent. */
    public String getMigrateTarget() {
        return migrateTarget;
    }

    /** Sets the migrate_target attribute; null removes it. */
    public LrmRscOp setMigrateTarget(String migrateTarget) {
        this.migrateTarget = migrateTarget;
        return this;
    }
}
