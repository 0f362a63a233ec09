/**
 * The cluster controller: the DC's decisions and the nodes' side of carrying them out.
 *
 * <p>Every node runs a {@link org.jcrm.engine.node.dc.Controller}. The DC is the first member of a
 * quorate view. On each change of membership or of the CIB (debounced) it records membership in the
 * status section ({@code Membership}), runs {@code Scheduler.schedule} and executes the transition in
 * graph order: resource actions go as messages to the target node's
 * {@link org.jcrm.engine.node.dc.ActionService}, which runs them with its
 * {@link org.jcrm.engine.executor.NodeExecutor}; fencing runs on the DC through the stonith devices
 * ({@code Fencer}, fencing levels in order). Results are written into the status section in
 * Pacemaker's layout ({@code OpRecorder}) through the replicated store
 * ({@link org.jcrm.engine.node.dc.StatusWriter}), and the DC schedules again until nothing is left to
 * do. Recurring monitors run on their nodes and report changes, which the DC records and recovers from.
 *
 * <p>The engine knows no agents: the daemon is given a {@link org.jcrm.engine.executor.HandlerResolver},
 * the agents module's one in a real node (wired by the shell module's {@code jcrmd} entry point).
 */
package org.jcrm.engine.node.dc;
