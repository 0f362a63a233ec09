package org.jcrm.shell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp;

/**
 * Gets the line editor's own start-up done on the main thread while the terminal still opens on
 * another: the proxy class JLine makes for its signal handlers, and one line reader built over a
 * terminal that reads and writes nothing, so that loading, linking and compiling the reader's code is
 * behind us when the real one is built. Nothing here touches the user's terminal.
 */
final class LineEditorWarmUp {
    /** The type of the warm-up terminal: one no real terminal is named, so that its capabilities are ours alone. */
    private static final String WARM_UP_TYPE = "jcrm-warm-up";

    private LineEditorWarmUp() {
    }

    /** Makes the signal-handler proxy class, then builds a line reader once and throws it away. */
    static void reader() {
        try {
            // JLine implements sun.misc.SignalHandler with a proxy in the application's class loader;
            // proxy classes are made once per loader and interface, so the terminal gets this one.
            Proxy.newProxyInstance(LineEditorWarmUp.class.getClassLoader(),
                    new Class<?>[] {Class.forName("sun.misc.SignalHandler")}, (proxy, method, args) -> null);
        } catch (ClassNotFoundException | RuntimeException e) {
            // Only time is at stake.
        }
        // JLine looks a terminal type's capabilities up with infocmp, a process, unless they were handed
        // to it; the warm-up terminal gets JLine's own copy of the dumb terminal's.
        InfoCmp.setLoadedInfoCmp(WARM_UP_TYPE, () -> InfoCmp.getDefaultInfoCmp("dumb"));
        try (DumbTerminal nowhere = new DumbTerminal("warm-up", WARM_UP_TYPE, InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
            LineReaderBuilder.builder().terminal(nowhere).build();
        } catch (IOException | RuntimeException e) {
            // Only time is at stake: the real reader is built the same way later and reports its own errors.
        }
    }
}
