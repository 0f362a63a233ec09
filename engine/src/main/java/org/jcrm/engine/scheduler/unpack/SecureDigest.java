package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Whether a definition still matches the op-secure-digest recorded with an operation: the digest
 * over the parameters without the secret ones (op-secure-params) and without pcmk_ fencing options.
 * A CIB whose secrets were masked matches there even though its full digest differs.
 */
final class SecureDigest {
    private SecureDigest() {
    }

    static boolean matches(Element lrmResource, String startDigest, Map<String, String> params) {
        for (Element op : Xml.children(lrmResource, "lrm_rsc_op")) {
            String secureParams = Xml.attr(op, "op-secure-params");
            String secureDigest = Xml.attr(op, "op-secure-digest");
            if (!startDigest.equals(Xml.attr(op, "op-digest")) || secureParams == null || secureDigest == null) {
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
