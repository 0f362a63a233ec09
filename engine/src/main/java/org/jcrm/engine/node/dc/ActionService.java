package org.jcrm.engine.node.dc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.node.GroupChannel;

/**
 * The node side of the controller: runs the actions the DC sends with this node's
 * {@link NodeExecutor} and answers each with its result. A recurring monitor answers with its first
 * result, then reports every change to the whole group, where the DC of the moment hears it. Fence
 * devices are registered on the node by their start and unregistered by their stop, like
 * Pacemaker's fencer does: probing a device not registered here finds it not running, whatever the
 * device itself would answer.
 */
public final class ActionService {
    private final GroupChannel channel;
    private final NodeExecutor executor;
    private final Set<String> fenceDevices = ConcurrentHashMap.newKeySet();

    public ActionService(GroupChannel channel, NodeExecutor executor) {
        this.channel = channel;
        this.executor = executor;
    }

    /** Handles a {@code Run} from {@code dc}; other messages are not for this side. */
    void handle(String dc, ActionMessage.Run run) {
        ExecutorAction action = run.action();
        String node = channel.localName();
        if (action.action().equals("cancel")) {
            boolean was = executor.cancel(action.resourceId(), action.meta().getOrDefault("operation", "monitor"),
                    action.interval());
            reply(dc, new ActionMessage.Done(run.key(), node, ActionResult.failed(0, OpStatus.DONE,
                    was ? "" : "no such recurring operation")));
            return;
        }
        if (action.agent().standard().equals("stonith")) {
            switch (action.action()) {
                case "start" -> fenceDevices.add(action.resourceId());
                case "stop" -> fenceDevices.remove(action.resourceId());
                case "monitor" -> {
                    if (!action.isRecurring() && !fenceDevices.contains(action.resourceId())) {
                        reply(dc, new ActionMessage.Done(run.key(), node, ActionResult.failed(OcfCode.NOT_RUNNING,
                                OpStatus.DONE, "")));
                        return;
                    }
                }
                default -> { }
            }
        }
        if (!action.isRecurring()) {
            executor.submit(action).thenAccept(r -> reply(dc, new ActionMessage.Done(run.key(), node, r)));
            return;
        }
        AtomicBoolean answered = new AtomicBoolean();
        executor.startRecurring(action, (a, result) -> {
            if (result.status() == OpStatus.CANCELLED) {
                return;
            }
            if (answered.compareAndSet(false, true)) {
                reply(dc, new ActionMessage.Done(run.key(), node, result));
            } else {
                reply(null, new ActionMessage.Monitor(node, a, result));
            }
        });
    }

    private void reply(String to, ActionMessage message) {
        try {
            if (to == null) {
                channel.broadcast(ActionMessage.encode(message));
            } else {
                channel.send(to, ActionMessage.encode(message));
            }
        } catch (IllegalStateException e) {
            // The channel is closing or the DC left; the next DC reprobes what it needs.
        }
    }
}
