package org.jcrm.engine.cib;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream JAXB writes a document into: drops the line break a formatted fragment starts with
 * (it would follow an XML declaration, which we leave out) and ends the text with a newline, as
 * {@code cibadmin} does.
 */
final class DocumentOutput extends FilterOutputStream {
    private boolean started;
    private int last = -1;

    DocumentOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (!started) {
            if (Character.isWhitespace(b)) {
                return;
            }
            started = true;
        }
        out.write(b);
        last = b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        while (!started && from < end) {
            write(bytes[from++]);
        }
        if (from < end) {
            out.write(bytes, from, end - from);
            last = bytes[end - 1];
        }
    }

    /** Ends the document with a newline (when it has content) and flushes. */
    void finish() throws IOException {
        if (started && last != '\n') {
            out.write('\n');
        }
        out.flush();
    }
}
