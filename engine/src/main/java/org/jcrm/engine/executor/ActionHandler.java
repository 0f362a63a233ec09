package org.jcrm.engine.executor;

/**
 * Runs one action to completion for the {@link NodeExecutor}. Implementations (one per agent class,
 * provided by the agents module, or simulated ones) must return a result rather than throw for any
 * agent misbehaviour, and must stop promptly and clean up (kill what they started) when their thread
 * is interrupted: that is how the executor enforces timeouts and cancels.
 */
@FunctionalInterface
public interface ActionHandler {
    /** Executes {@code action}; the executor already enforces {@link ExecutorAction#timeout()}. */
    ActionResult execute(ExecutorAction action) throws InterruptedException;
}
