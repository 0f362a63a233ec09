package org.jcrm.engine.scheduler.unpack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The op-digest Pacemaker records with each operation: MD5 over the resource's parameters written
 * as {@code <parameters name="value".../>}, sorted by name. A different digest means the definition changed.
 */
public final class ParameterDigest {
    private ParameterDigest() {
    }

    public static String of(Map<String, String> params) {
        StringBuilder s = new StringBuilder(" <parameters");
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            s.append(' ').append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
        }
        s.append("/>\n");
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
