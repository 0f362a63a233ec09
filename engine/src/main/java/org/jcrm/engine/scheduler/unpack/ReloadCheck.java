package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

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

    static boolean reloadSuffices(Element lrmResource, String startDigest, Map<String, String> params,
            Map<String, String> opParams) {
        for (Element op : Xml.children(lrmResource, "lrm_rsc_op")) {
            if (!startDigest.equals(Xml.attr(op, "op-digest"))) {
                continue;
            }
            String restartDigest = Xml.attr(op, "op-restart-digest");
            String forceRestart = Xml.attr(op, "op-force-restart");
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
