package org.jcrm.engine.simulate;

import org.jcrm.engine.scheduler.actions.Action;

/** Carries out one action of a transition; returns whether it succeeded. */
public interface ActionHandler {
    boolean execute(Action action);
}
