package org.jcrm.engine.scheduler;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads CIB XML text into a DOM document, safely (no DOCTYPE) and with errors reported by line and column. */
public final class CibDocuments {
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
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return parse(new InputSource(in));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read: " + e.getMessage(), e);
        }
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
