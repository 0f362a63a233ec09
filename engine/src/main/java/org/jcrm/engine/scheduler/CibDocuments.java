package org.jcrm.engine.scheduler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads CIB XML text into a DOM document, safely (no DOCTYPE) and with errors reported by line and column. */
public final class CibDocuments {
    /** Files from this size on are parsed in two halves at once: below it a second thread does not pay. */
    private static final long SPLIT_SIZE = 8L << 20;
    /** The block a large file is read in: small enough for the native buffer of each read to stay in cache. */
    private static final int BLOCK = 1 << 20;
    private static final byte[] STATUS_START = "<status>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS_CLOSE = "</status>".getBytes(StandardCharsets.US_ASCII);

    private CibDocuments() {
    }

    /** Parses {@code xml}; a malformed document gives an IllegalArgumentException naming line and column. */
    public static Document parse(String xml) {
        return parse(new InputSource(new StringReader(xml)));
    }

    /**
     * Parses a CIB file from its bytes (the XML declaration, if any, names the encoding); a missing or
     * unreadable file or malformed XML gives an IllegalArgumentException (line and column for XML errors).
     */
    public static Document parse(Path file) {
        return parse(readBytes(file));
    }

    /**
     * The bytes of a CIB file; a missing or unreadable file gives an IllegalArgumentException. A large
     * file is read in two halves at once, each in blocks of {@link #BLOCK} bytes: a read of the whole
     * goes through a native buffer as large as the file, whose fresh pages cost more than the copy.
     */
    static byte[] readBytes(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size < SPLIT_SIZE || size > Integer.MAX_VALUE - 16) {
                return Files.readAllBytes(file);
            }
            byte[] text = new byte[(int) size];
            int half = text.length / 2;
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> readRange(channel, text, half, text.length),
                    SplitCib.THREADS);
            readRange(channel, text, 0, half);
            second.join();
            return text;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read: " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io
                    ? new IllegalArgumentException("cannot read: " + io.getCause().getMessage(), io.getCause()) : e;
        }
    }

    /** Reads the file's bytes {@code [from, to)} into the same place of {@code text}. */
    private static void readRange(FileChannel channel, byte[] text, int from, int to) {
        try {
            int at = from;
            while (at < to) {
                int n = channel.read(ByteBuffer.wrap(text, at, Math.min(BLOCK, to - at)), at);
                if (n < 0) {
                    throw new IOException("the file was shortened while read");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a CIB file's bytes, as {@link #parse(Path)} does. */
    static Document parse(byte[] text) {
        return text.length >= SPLIT_SIZE ? parseLarge(text) : parse(new InputSource(new ByteArrayInputStream(text)));
    }

    /**
     * A large CIB is parsed in two halves at once (see {@link StatusSplit}), the second half's status
     * entries then moved into the first's status element. When the text has no safe cut, or either
     * half is malformed, the whole text is parsed in one piece, which also words any error by the
     * line and column of the file.
     */
    static Document parseLarge(byte[] text) {
        StatusSplit split = StatusSplit.of(text);
        if (split != null) {
            CompletableFuture<Document> tail = CompletableFuture.supplyAsync(() -> parseOrNull(new SequenceInputStream(
                    Collections.enumeration(List.of(new ByteArrayInputStream(STATUS_START),
                            new ByteArrayInputStream(text, split.cut(), split.statusEnd() - split.cut()),
                            new ByteArrayInputStream(STATUS_CLOSE))))));
            Document head = parseOrNull(new SequenceInputStream(new ByteArrayInputStream(text, 0, split.cut()),
                    new ByteArrayInputStream(text, split.statusEnd(), text.length - split.statusEnd())));
            Document rest = tail.join();
            Element status = head == null ? null : onlyChild(head.getDocumentElement(), "status");
            if (status != null && rest != null) {
                Node n = rest.getDocumentElement().getFirstChild();
                while (n != null) {
                    Node next = n.getNextSibling();
                    status.appendChild(head.adoptNode(n));
                    n = next;
                }
                return head;
            }
        }
        return parse(new InputSource(new ByteArrayInputStream(text)));
    }

    /** The document, or null when the text is malformed. */
    static Document parseOrNull(InputStream in) {
        try {
            return builder().parse(new InputSource(in));
        } catch (SAXException | IOException e) {
            return null;
        }
    }

    private static Element onlyChild(Element parent, String name) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static Document parse(InputSource source) {
        try {
            return builder().parse(source);
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("cannot read CIB XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // the scheduler visits every node: building them all at once costs less than expanding them lazily
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            DocumentBuilder b = f.newDocumentBuilder();
            // without a handler of our own the parser prints each fatal error to stderr before throwing it
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no usable XML parser: " + e.getMessage(), e);
        }
    }
}
