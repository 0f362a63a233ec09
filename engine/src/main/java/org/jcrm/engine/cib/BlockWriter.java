package org.jcrm.engine.cib;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffering {@link Writer} for one thread: it gathers the many small writes of an XML writer in a
 * block and hands whole blocks on, without the lock {@link java.io.BufferedWriter} takes per write.
 */
final class BlockWriter extends Writer {
    private final Writer target;
    private final char[] block = new char[1 << 16];
    private int used;

    BlockWriter(Writer target) {
        this.target = target;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == block.length) {
            drain();
        }
        block[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > block.length - used) {
            drain();
            if (length > block.length) {
                target.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, block, used, length);
        used += length;
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        if (length > block.length - used) {
            drain();
            if (length > block.length) {
                target.write(string, offset, length);
                return;
            }
        }
        string.getChars(offset, offset + length, block, used);
        used += length;
    }

    @Override
    public void write(String string) throws IOException {
        write(string, 0, string.length());
    }

    private void drain() throws IOException {
        target.write(block, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        target.close();
    }
}
