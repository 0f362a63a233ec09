package org.jcrm.engine.executor;

/**
 * Receives the results of a recurring action: the first result, then only results whose outcome
 * (return code or op-status) differs from the previous one, and a final {@link OpStatus#CANCELLED}
 * result when the monitor is cancelled.
 */
@FunctionalInterface
public interface ResultListener {
    void onResult(ExecutorAction action, ActionResult result);
}
