package org.jcrm.shell.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * An output stream whose target is found on first use: the shell can be built, and hold its output
 * stream, while the terminal it prints to is still being opened.
 */
final class DeferredOutputStream extends OutputStream {
    private final Supplier<OutputStream> source;
    private OutputStream target;

    DeferredOutputStream(Supplier<OutputStream> source) {
        this.source = source;
    }

    private synchronized OutputStream target() {
        if (target == null) {
            target = source.get();
        }
        return target;
    }

    @Override
    public void write(int b) throws IOException {
        target().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        target().flush();
    }

    @Override
    public void close() throws IOException {
        target().close();
    }
}
