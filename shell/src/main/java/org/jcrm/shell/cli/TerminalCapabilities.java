package org.jcrm.shell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import org.jline.utils.InfoCmp;

/**
 * The capabilities of the terminal named by {@code $TERM}, looked up with {@code infocmp -x} on a
 * thread of its own while the terminal is being opened, and handed to JLine, which would otherwise run
 * the same command itself in the middle of opening it. JLine falls back to its own lookup when this
 * one finds nothing.
 */
final class TerminalCapabilities {
    private TerminalCapabilities() {
    }

    /** Starts the lookup for {@code type} (the value of {@code $TERM}; nothing happens when it is unset). */
    static void prefetch(String type) {
        if (type == null || type.isEmpty() || type.startsWith("dumb")) {
            return;
        }
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread thread = new Thread(() -> found.complete(lookUp(type)), "jcrm-terminfo");
        thread.setDaemon(true);
        thread.start();
        InfoCmp.setLoadedInfoCmp(type, found::join);
    }

    /** The infocmp text of {@code type}, or null when infocmp cannot tell. */
    private static String lookUp(String type) {
        try {
            Process process = new ProcessBuilder("infocmp", "-x", type)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String text;
            try (InputStream out = process.getInputStream()) {
                text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0 || text.isBlank()) {
                return null;
            }
            // JLine parses this text once more while opening the terminal; parsing it here first
            // loads and compiles what that takes off the opening's path.
            InfoCmp.parseInfoCmp(text, EnumSet.noneOf(InfoCmp.Capability.class),
                    new EnumMap<>(InfoCmp.Capability.class), new EnumMap<>(InfoCmp.Capability.class));
            return text;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
