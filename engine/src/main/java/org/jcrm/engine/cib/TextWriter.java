package org.jcrm.engine.cib;

import java.io.Writer;

/**
 * A {@link Writer} that collects text in memory for one thread, without the locking of
 * {@link java.io.StringWriter}; for turning large documents into a string.
 */
final class TextWriter extends Writer {
    private final StringBuilder text = new StringBuilder(1 << 12);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void flush() {
        // Nothing is buffered beyond the text itself.
    }

    @Override
    public void close() {
        // Closing leaves the text readable.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
