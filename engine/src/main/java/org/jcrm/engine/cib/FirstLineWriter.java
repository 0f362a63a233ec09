package org.jcrm.engine.cib;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link Writer} that keeps the first line written (up to and including its newline) and then fails
 * the write (an {@link IOException}), so that the writer producing a large text stops there.
 */
final class FirstLineWriter extends Writer {
    private final StringBuilder line = new StringBuilder();
    private boolean complete;

    /** True once the newline ending the first line was written. */
    boolean complete() {
        return complete;
    }

    /** The first line with its newline (once {@link #complete()}), or what was written so far. */
    String line() {
        return line.toString();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                complete = true;
                throw new IOException("first line written");
            }
        }
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        int newline = string.indexOf('\n', offset);
        if (newline < 0 || newline >= offset + length) {
            line.append(string, offset, offset + length);
            return;
        }
        line.append(string, offset, newline + 1);
        complete = true;
        throw new IOException("first line written");
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void flush() {
        // Nothing is kept beyond the line.
    }

    @Override
    public void close() {
        // Closing leaves the line readable.
    }
}
