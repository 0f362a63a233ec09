package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.scheduler.status.RecordedOp;

/**
 * Whether a changed definition can be applied by reloading the agent rather than restarting it. The
 * recorded start lists the parameters a change of which forces a restart (op-force-restart) and a
 * digest over just those (op-restart-digest): when that digest still matches, only reloadable
 * parameters changed. Parameters given to the operation itself are no agent parameters a reload could
 * apply: they always count in that digest.
 */
final class ReloadCheck {
    private ReloadCheck() {
    }

    static boolean reloadSuffices(List<RecordedOp> ops, String startDigest, Map<String, String> params,
            Map<String, String> opParams) {
        for (RecordedOp op : ops) {
            if (!startDigest.equals(op.digest())) {
                continue;
            }
            String restartDigest = op.restartDigest();
            String forceRestart = op.forceRestart();
            if (restartDigest == null || forceRestart == null) {
                return false;
            }
            Set<String> restartParams = Set.of(forceRestart.trim().split("\\s+"));
            Map<String, String> kept = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (restartParams.contains(k)) {
                    kept.put(k, v);
                }
            });
            kept.putAll(opParams);
            return restartDigest.equals(ParameterDigest.of(kept));
        }
        return false;
    }
}
