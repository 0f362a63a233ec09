package org.jcrm.agents.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One output stream of a child process, read only as far as it can be without blocking and kept up to
 * {@link ProcessRunner#OUTPUT_LIMIT} bytes (the rest is read and dropped). Reading never blocks, so the
 * thread that waits for the process can also empty its pipes: no reader thread per stream, and a
 * grandchild that keeps a pipe open after the agent exits cannot hold the action up.
 */
final class CappedOutput {
    private static final int FIRST_CAPACITY = 512;

    private final InputStream in;
    private byte[] kept = new byte[0];
    private int size;
    private boolean truncated;
    private byte[] discard;

    CappedOutput(InputStream in) {
        this.in = in;
    }

    /**
     * Reads what the pipe holds now (after the process ended: what it left behind).
     *
     * @return whether anything was read
     */
    boolean readAvailable() {
        boolean any = false;
        try {
            int ready;
            while ((ready = in.available()) > 0) {
                int n = size < ProcessRunner.OUTPUT_LIMIT ? keep(ready) : drop(ready);
                if (n <= 0) {
                    break;
                }
                any = true;
            }
        } catch (IOException e) {
            // The stream was closed: whatever it held has been read.
        }
        return any;
    }

    private int keep(int ready) throws IOException {
        int want = Math.min(ready, ProcessRunner.OUTPUT_LIMIT - size);
        if (size + want > kept.length) {
            int capacity = Math.max(FIRST_CAPACITY, Math.max(size + want, kept.length * 2));
            kept = Arrays.copyOf(kept, Math.min(capacity, ProcessRunner.OUTPUT_LIMIT));
        }
        int n = in.read(kept, size, want);
        if (n > 0) {
            size += n;
        }
        return n;
    }

    private int drop(int ready) throws IOException {
        if (discard == null) {
            discard = new byte[8192];
        }
        int n = in.read(discard, 0, Math.min(ready, discard.length));
        if (n > 0) {
            truncated = true;
        }
        return n;
    }

    /** Whether bytes beyond the limit were dropped. */
    boolean truncated() {
        return truncated;
    }

    /** What was kept, decoded as UTF-8. */
    String text() {
        return size == 0 ? "" : new String(kept, 0, size, StandardCharsets.UTF_8);
    }
}
