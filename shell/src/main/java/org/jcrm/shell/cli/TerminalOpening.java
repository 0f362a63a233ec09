package org.jcrm.shell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import org.jcrm.engine.verify.VerifyContext;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The system terminal, opened on a thread of its own from the moment it is known to be needed: opening
 * it (native access, the terminal's capabilities) is the longest single step before the first prompt,
 * and it depends on nothing else jcrm does at start-up.
 */
final class TerminalOpening {
    private final CompletableFuture<Terminal> terminal = new CompletableFuture<>();

    private TerminalOpening() {
    }

    /** Starts opening the terminal now, its capabilities looked up alongside. */
    static TerminalOpening start() {
        TerminalCapabilities.prefetch(System.getenv("TERM"));
        TerminalOpening opening = new TerminalOpening();
        Thread thread = new Thread(() -> {
            try {
                opening.terminal.complete(open());
            } catch (Throwable e) {
                opening.terminal.completeExceptionally(e);
            }
        }, "jcrm-terminal");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** True once the terminal is open or failed to open. */
    boolean isDone() {
        return terminal.isDone();
    }

    /** The terminal, once open; the opening's failure if it failed. */
    Terminal await() {
        return VerifyContext.await(terminal);
    }

    /**
     * JLine's native pty alone first: left to itself JLine also loads its other providers and one of
     * them starts a process on loading ({@code test -t 1}), which costs more than the rest of the
     * opening. Only {@code provider} names a provider to use alone; {@code providers} just orders
     * the ones loaded. The encoding is
     * the one JLine ends up with on Linux anyway, given up front: JLine's own search for it looks for
     * Windows code pages through every jar on the class path. Where the native library cannot be
     * loaded, every provider is tried as JLine orders them.
     */
    private static Terminal open() {
        try {
            return TerminalBuilder.builder().system(true).provider("jni").dumb(false)
                    .encoding(Charset.defaultCharset()).build();
        } catch (IOException | RuntimeException nativeFailed) {
            try {
                return TerminalBuilder.builder().system(true).build();
            } catch (IOException e) {
                e.addSuppressed(nativeFailed);
                throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
            }
        }
    }
}
