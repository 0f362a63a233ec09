package org.jcrm.engine.cib;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link Writer} that compares what is written with an expected text instead of keeping it, and
 * fails the write (an {@link IOException}) at the first character that differs, so the writer
 * producing the text stops there.
 */
final class MatchingWriter extends Writer {
    private final String expected;
    private int position;
    private boolean differs;

    MatchingWriter(String expected) {
        this.expected = expected;
    }

    /** True once a written character differed from the expected text (or ran past its end). */
    boolean differs() {
        return differs;
    }

    /** True when everything written so far matched and it was the whole expected text. */
    boolean matchesAll() {
        return !differs && position == expected.length();
    }

    @Override
    public void write(int c) throws IOException {
        if (position >= expected.length() || expected.charAt(position) != (char) c) {
            mismatch();
        }
        position++;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > expected.length() - position) {
            mismatch();
        }
        for (int i = 0; i < length; i++) {
            if (expected.charAt(position + i) != chars[offset + i]) {
                mismatch();
            }
        }
        position += length;
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        if (length > expected.length() - position
                || !expected.regionMatches(position, string, offset, length)) {
            mismatch();
        }
        position += length;
    }

    private void mismatch() throws IOException {
        differs = true;
        throw new IOException("the text differs at character " + position);
    }

    @Override
    public void flush() {
        // Nothing is kept.
    }

    @Override
    public void close() {
        // Nothing is kept.
    }
}
