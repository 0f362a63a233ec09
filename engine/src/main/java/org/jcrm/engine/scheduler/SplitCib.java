package org.jcrm.engine.scheduler;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jcrm.engine.scheduler.status.StatusScanner;
import org.jcrm.engine.scheduler.status.StatusSection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A CIB read for scheduling: its document, whose status element may have been left empty, and the
 * status section as records ({@link StatusSection}), which is what the scheduler reads.
 * {@link #read(Path)} builds a DOM of the configuration only and scans the status text straight into
 * records, on several threads: on a large cluster the status is nearly all of the file.
 */
public record SplitCib(Document document, StatusSection status) {
    /** From this size on the status text is scanned in two parts at once. */
    private static final int PARALLEL_SIZE = 4 << 20;
    private static final byte[] STATUS_OPEN = "<status".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS_CLOSE = "</status".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NODE_STATE = "<node_state".getBytes(StandardCharsets.US_ASCII);
    /** Each task on a thread of its own: the common pool has a single thread on two cores. */
    static final Executor THREADS = task -> {
        Thread thread = new Thread(task, "cib-reader");
        thread.setDaemon(true);
        thread.start();
    };

    /** A whole CIB document, with its status section read from the document. */
    public static SplitCib of(Document doc) {
        return new SplitCib(doc, StatusSection.of(statusElement(doc)));
    }

    /**
     * Reads a CIB file; a missing or unreadable file or malformed XML gives an IllegalArgumentException
     * (with line and column for XML errors, as {@link CibDocuments#parse(Path)}).
     */
    public static SplitCib read(Path file) {
        byte[] text = CibDocuments.readBytes(file);
        SplitCib split = split(text);
        return split != null ? split : of(CibDocuments.parse(text));
    }

    /**
     * The document without the status entries and the entries as records, or null when the text has
     * no status content, is not UTF-8, or is not markup read the fast way (a full parse then reads it,
     * and words any error).
     */
    static SplitCib split(byte[] text) {
        if (!StatusSplit.utf8(text)) {
            return null;
        }
        int open = StatusSplit.indexOf(text, STATUS_OPEN, 0, text.length);
        while (open >= 0 && !StatusSplit.endsName(text, open + STATUS_OPEN.length)) {
            open = StatusSplit.indexOf(text, STATUS_OPEN, open + 1, text.length);
        }
        int tagEnd = open < 0 ? -1 : StatusSplit.tagEnd(text, open + 1, text.length);
        if (tagEnd < 0 || text[tagEnd - 1] == '/') {
            return null;
        }
        int from = tagEnd + 1;
        int to = StatusSplit.lastIndexOf(text, STATUS_CLOSE);
        if (to < from || !StatusSplit.endsName(text, to + STATUS_CLOSE.length)) {
            return null;
        }
        CompletableFuture<Document> head = CompletableFuture.supplyAsync(() -> CibDocuments.parseOrNull(
                new SequenceInputStream(new ByteArrayInputStream(text, 0, from),
                        new ByteArrayInputStream(text, to, text.length - to))), THREADS);
        StatusSection status = scan(text, from, to);
        Document doc = head.join();
        Element statusElement = doc == null ? null : statusElement(doc);
        // the text cut out must have been all of the first status element's content, and the rest a CIB
        if (status == null || statusElement == null || statusElement.getFirstChild() != null) {
            return null;
        }
        return new SplitCib(doc, status);
    }

    /** The records of the status content {@code text[from, to)}, or null when it is not read the fast way. */
    private static StatusSection scan(byte[] text, int from, int to) {
        int cut = to - from >= PARALLEL_SIZE ? nodeStateAfter(text, from + (to - from) / 2, to) : -1;
        try {
            if (cut < 0) {
                return StatusScanner.scan(text, from, to);
            }
            // the first part must end between two children of the status element: if the cut fell
            // elsewhere (inside a comment, say), the first part is malformed and the whole is read again
            CompletableFuture<StatusSection> second = CompletableFuture.supplyAsync(
                    () -> StatusScanner.scan(text, cut, to), THREADS);
            StatusSection first = StatusScanner.scan(text, from, cut);
            return StatusScanner.join(first, second.join());
        } catch (StatusScanner.MalformedStatus | CompletionException e) {
            if (cut < 0) {
                return null;
            }
            try {
                return StatusScanner.scan(text, from, to);
            } catch (StatusScanner.MalformedStatus whole) {
                return null;
            }
        }
    }

    private static int nodeStateAfter(byte[] text, int from, int to) {
        int at = StatusSplit.indexOf(text, NODE_STATE, from, to);
        while (at >= 0 && !StatusSplit.endsName(text, at + NODE_STATE.length)) {
            at = StatusSplit.indexOf(text, NODE_STATE, at + 1, to);
        }
        return at;
    }

    /** The root's first status element (the one the scheduler reads), or null. */
    private static Element statusElement(Document doc) {
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("status")) {
                return e;
            }
        }
        return null;
    }
}
