package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** One recorded operation {@code <lrm_rsc_op>} of a resource on a node. */
@XmlRootElement(name = "lrm_rsc_op")
public class LrmRscOp extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public LrmRscOp setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The operation_key attribute as written, or null when absent. */
    public String getOperationKey() {
        return attribute("operation_key");
    }

    /** Sets the operation_key attribute; null removes it. */
    public LrmRscOp setOperationKey(String operationKey) {
        putAttribute("operation_key", operationKey);
        return this;
    }

    /** The operation attribute as written, or null when absent. */
    public String getOperation() {
        return attribute("operation");
    }

    /** Sets the operation attribute; null removes it. */
    public LrmRscOp setOperation(String operation) {
        putAttribute("operation", operation);
        return this;
    }

    /** The crm-debug-origin attribute as written, or null when absent. */
    public String getCrmDebugOrigin() {
        return attribute("crm-debug-origin");
    }

    /** Sets the crm-debug-origin attribute; null removes it. */
    public LrmRscOp setCrmDebugOrigin(String crmDebugOrigin) {
        putAttribute("crm-debug-origin", crmDebugOrigin);
        return this;
    }

    /** The crm_feature_set attribute as written, or null when absent. */
    public String getCrmFeatureSet() {
        return attribute("crm_feature_set");
    }

    /** Sets the crm_feature_set attribute; null removes it. */
    public LrmRscOp setCrmFeatureSet(String crmFeatureSet) {
        putAttribute("crm_feature_set", crmFeatureSet);
        return this;
    }

    /** The transition-key attribute as written, or null when absent. */
    public String getTransitionKey() {
        return attribute("transition-key");
    }

    /** Sets the transition-key attribute; null removes it. */
    public LrmRscOp setTransitionKey(String transitionKey) {
        putAttribute("transition-key", transitionKey);
        return this;
    }

    /** The transition-magic attribute as written, or null when absent. */
    public String getTransitionMagic() {
        return attribute("transition-magic");
    }

    /** Sets the transition-magic attribute; null removes it. */
    public LrmRscOp setTransitionMagic(String transitionMagic) {
        putAttribute("transition-magic", transitionMagic);
        return this;
    }

    /** The exit-reason attribute as written, or null when absent. */
    public String getExitReason() {
        return attribute("exit-reason");
    }

    /** Sets the exit-reason attribute; null removes it. */
    public LrmRscOp setExitReason(String exitReason) {
        putAttribute("exit-reason", exitReason);
        return this;
    }

    /** The on_node attribute as written, or null when absent. */
    public String getOnNode() {
        return attribute("on_node");
    }

    /** Sets the on_node attribute; null removes it. */
    public LrmRscOp setOnNode(String onNode) {
        putAttribute("on_node", onNode);
        return this;
    }

    /** The call-id attribute as written, or null when absent. */
    public String getCallId() {
        return attribute("call-id");
    }

    /** Sets the call-id attribute; null removes it. */
    public LrmRscOp setCallId(String callId) {
        putAttribute("call-id", callId);
        return this;
    }

    /** The rc-code attribute as written, or null when absent. */
    public String getRcCode() {
        return attribute("rc-code");
    }

    /** Sets the rc-code attribute; null removes it. */
    public LrmRscOp setRcCode(String rcCode) {
        putAttribute("rc-code", rcCode);
        return this;
    }

    /** The op-status attribute as written, or null when absent. */
    public String getOpStatus() {
        return attribute("op-status");
    }

    /** Sets the op-status attribute; null removes it. */
    public LrmRscOp setOpStatus(String opStatus) {
        putAttribute("op-status", opStatus);
        return this;
    }

    /** The interval attribute as written, or null when absent. */
    public String getInterval() {
        return attribute("interval");
    }

    /** Sets the interval attribute; null removes it. */
    public LrmRscOp setInterval(String interval) {
        putAttribute("interval", interval);
        return this;
    }

    /** The last-rc-change attribute as written, or null when absent. */
    public String getLastRcChange() {
        return attribute("last-rc-change");
    }

    /** Sets the last-rc-change attribute; null removes it. */
    public LrmRscOp setLastRcChange(String lastRcChange) {
        putAttribute("last-rc-change", lastRcChange);
        return this;
    }

    /** The last-run attribute as written, or null when absent. */
    public String getLastRun() {
        return attribute("last-run");
    }

    /** Sets the last-run attribute; null removes it. */
    public LrmRscOp setLastRun(String lastRun) {
        putAttribute("last-run", lastRun);
        return this;
    }

    /** The exec-time attribute as written, or null when absent. */
    public String getExecTime() {
        return attribute("exec-time");
    }

    /** Sets the exec-time attribute; null removes it. */
    public LrmRscOp setExecTime(String execTime) {
        putAttribute("exec-time", execTime);
        return this;
    }

    /** The queue-time attribute as written, or null when absent. */
    public String getQueueTime() {
        return attribute("queue-time");
    }

    /** Sets the queue-time attribute; null removes it. */
    public LrmRscOp setQueueTime(String queueTime) {
        putAttribute("queue-time", queueTime);
        return this;
    }

    /** The op-digest attribute as written, or null when absent. */
    public String getOpDigest() {
        return attribute("op-digest");
    }

    /** Sets the op-digest attribute; null removes it. */
    public LrmRscOp setOpDigest(String opDigest) {
        putAttribute("op-digest", opDigest);
        return this;
    }

    /** The op-restart-digest attribute as written, or null when absent. */
    public String getOpRestartDigest() {
        return attribute("op-restart-digest");
    }

    /** Sets the op-restart-digest attribute; null removes it. */
    public LrmRscOp setOpRestartDigest(String opRestartDigest) {
        putAttribute("op-restart-digest", opRestartDigest);
        return this;
    }

    /** The op-secure-digest attribute as written, or null when absent. */
    public String getOpSecureDigest() {
        return attribute("op-secure-digest");
    }

    /** Sets the op-secure-digest attribute; null removes it. */
    public LrmRscOp setOpSecureDigest(String opSecureDigest) {
        putAttribute("op-secure-digest", opSecureDigest);
        return this;
    }

    /** The op-force-restart attribute as written, or null when absent. */
    public String getOpForceRestart() {
        return attribute("op-force-restart");
    }

    /** Sets the op-force-restart attribute; null removes it. */
    public LrmRscOp setOpForceRestart(String opForceRestart) {
        putAttribute("op-force-restart", opForceRestart);
        return this;
    }

    /** The op-secure-params attribute as written, or null when absent. */
    public String getOpSecureParams() {
        return attribute("op-secure-params");
    }

    /** Sets the op-secure-params attribute; null removes it. */
    public LrmRscOp setOpSecureParams(String opSecureParams) {
        putAttribute("op-secure-params", opSecureParams);
        return this;
    }

    /** The migrate_source attribute as written, or null when absent. */
    public String getMigrateSource() {
        return attribute("migrate_source");
    }

    /** Sets the migrate_source attribute; null removes it. */
    public LrmRscOp setMigrateSource(String migrateSource) {
        putAttribute("migrate_source", migrateSource);
        return this;
    }

    /** The migrate_target attribute as written, or null when absent. */
    public String getMigrateTarget() {
        return attribute("migrate_target");
    }

    /** Sets the migrate_target attribute; null removes it. */
    public LrmRscOp setMigrateTarget(String migrateTarget) {
        putAttribute("migrate_target", migrateTarget);
        return this;
    }
}
