package org.jcrm.engine.store.replicated;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings of any length in the cluster's binary messages: an int byte count, then UTF-8. (Data
 * streams' own writeUTF stops at 64 KiB, which a CIB or an agent's output can exceed.)
 */
public final class WireText {
    private WireText() {
    }

    /** Writes {@code text} so that {@link #read} gives it back. */
    public static void write(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads a string written by {@link #write}. */
    public static String read(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
