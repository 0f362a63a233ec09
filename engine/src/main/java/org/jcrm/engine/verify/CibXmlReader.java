package org.jcrm.engine.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads CIB XML into a DOM for verify, refusing external entities. A malformed document fails with the
 * line and column the XML parser stopped at.
 */
public final class CibXmlReader {
    private CibXmlReader() {
    }

    /** Parses {@code in}; {@code name} is used in error messages. */
    public static CibDocument read(InputStream in, String name) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }

    /** Parses the XML text {@code xml}; {@code name} is used in error messages. */
    public static CibDocument parse(String xml, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            // The rules walk the whole tree many times: a fully built DOM is walked much faster than
            // the parser's default deferred one, which materialises each node on first access.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new InputSource(new StringReader(xml)));
            if (!doc.getDocumentElement().getTagName().equals("cib")) {
                throw new IOException(name + ": not a CIB: the root element is <"
                        + doc.getDocumentElement().getTagName() + ">, expected <cib>");
            }
            return new CibDocument(doc, xml);
        } catch (SAXParseException e) {
            throw new IOException(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }
}
