package org.jcrm.engine.node.dc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * Fences a node from the DC: tries the fencing levels for the target in order, running every device
 * of a level with the fence action and the target; the first level whose devices all succeed
 * confirms the fence. When none does, the result says why, and the caller records it. A device's
 * {@code pcmk_delay_base} (a duration) is waited before it is run, as Pacemaker does.
 */
final class Fencer {
    static final String FAILURE_ATTRIBUTE = StatusDocument.FENCE_FAILURE;
    /** The meta attribute the stonith handler reads the target from. */
    static final String TARGET_META = "fence_target";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final NodeExecutor executor;
    private final Consumer<String> log;

    Fencer(NodeExecutor executor, Consumer<String> log) {
        this.executor = executor;
        this.log = log;
    }

    /** Fences {@code target} with {@code action} (reboot, off); success is rc 0. */
    ActionResult fence(String target, String action, ConfigLookup config) {
        List<List<ConfigLookup.FenceDeviceRef>> levels = config.fenceLevels(target);
        if (levels.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.NO_FENCE_DEVICE,
                    "no fence device can fence " + target);
        }
        List<String> reasons = new ArrayList<>();
        for (List<ConfigLookup.FenceDeviceRef> level : levels) {
            boolean all = !level.isEmpty();
            for (ConfigLookup.FenceDeviceRef d : level) {
                ActionResult r = run(d, target, action);
                log.accept("  fence device " + d.id() + " " + action + " " + target + ": " + r.summary());
                if (!r.is(OcfCode.SUCCESS)) {
                    reasons.add(d.id() + ": " + r.summary());
                    all = false;
                    break;
                }
            }
            if (all) {
                return ActionResult.failed(OcfCode.SUCCESS, OpStatus.DONE, "");
            }
        }
        return ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.ERROR,
                "fencing " + target + " failed (" + String.join("; ", reasons) + ")");
    }

    private ActionResult run(ConfigLookup.FenceDeviceRef d, String target, String action) {
        long delay = ConfigLookup.millis(d.params().get("pcmk_delay_base"), 0);
        if (delay > 0) {
            log.accept("  fence device " + d.id() + ": waiting pcmk_delay_base " + delay + " ms");
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.CANCELLED, "interrupted");
            }
        }
        ExecutorAction a = new ExecutorAction(d.id(), d.agent(), action, Duration.ZERO, TIMEOUT, d.params(),
                Map.of(TARGET_META, target));
        try {
            return executor.submit(a).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.CANCELLED, "interrupted");
        } catch (ExecutionException e) {
            return ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.ERROR, String.valueOf(e.getCause()));
        }
    }
}
