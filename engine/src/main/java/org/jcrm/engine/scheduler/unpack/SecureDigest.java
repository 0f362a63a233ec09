package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.scheduler.status.RecordedOp;

/**
 * Whether a definition still matches the op-secure-digest recorded with an operation: the digest
 * over the parameters without the secret ones (op-secure-params) and without pcmk_ fencing options.
 * A CIB whose secrets were masked matches there even though its full digest differs.
 */
final class SecureDigest {
    private SecureDigest() {
    }

    static boolean matches(List<RecordedOp> ops, String startDigest, Map<String, String> params) {
        for (RecordedOp op : ops) {
            String secureParams = op.secureParams();
            String secureDigest = op.secureDigest();
            if (!startDigest.equals(op.digest()) || secureParams == null || secureDigest == null) {
                continue;
            }
            Set<String> secret = Set.of(secureParams.trim().split("\\s+"));
            Map<String, String> kept = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (!secret.contains(k) && !k.startsWith("pcmk_")) {
                    kept.put(k, v);
                }
            });
            return secureDigest.equals(ParameterDigest.of(kept));
        }
        return false;
    }
}
