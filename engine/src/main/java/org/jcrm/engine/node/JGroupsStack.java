package org.jcrm.engine.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JGroups protocol stack of one node, made from the stack template on the classpath
 * ({@value #TEMPLATE}) and the cluster file: its own address, the other nodes to contact, the token
 * timeout and the keystore holding the cluster key.
 */
public final class JGroupsStack {
    static final String TEMPLATE = "/jgroups/jcrm-tcp.xml";
    /** How long VERIFY_SUSPECT2 double-checks a suspect before it is excluded. */
    static final long VERIFY_MILLIS = 500;

    private JGroupsStack() {
    }

    /** The stack XML for {@code self}, reading the key from {@code keystore} with {@code password}. */
    public static String xml(ClusterConfig config, NodeAddress self, Path keystore, String password) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("BIND_ADDR", self.host());
        values.put("BIND_PORT", Integer.toString(self.port()));
        values.put("KEYSTORE", keystore.toAbsolutePath().toString());
        values.put("ALIAS", ClusterKey.KEYSTORE_ALIAS);
        values.put("STORE_PASSWORD", password);
        values.put("INITIAL_HOSTS", config.nodes().stream().map(n -> n.host() + "[" + n.port() + "]")
                .collect(Collectors.joining(",")));
        values.put("TOKEN_MS", Long.toString(config.tokenMillis()));
        values.put("HEARTBEAT_MS", Long.toString(Math.max(100, config.tokenMillis() / 4)));
        values.put("VERIFY_MS", Long.toString(VERIFY_MILLIS));
        String xml = template();
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("@" + e.getKey() + "@", escape(e.getValue()));
        }
        if (xml.matches("(?s).*@[A-Z_]+@.*")) {
            throw new IllegalStateException("stack template " + TEMPLATE + " has an unfilled token");
        }
        return xml;
    }

    private static String template() {
        try (InputStream in = JGroupsStack.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("stack template " + TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
