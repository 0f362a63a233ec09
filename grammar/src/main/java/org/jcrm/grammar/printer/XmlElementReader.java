package org.jcrm.grammar.printer;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into an {@link XmlElement} tree, keeping attribute order and comments and dropping
 * text (the CIB carries no text content that the crm layout shows).
 */
public final class XmlElementReader {
    private static final XMLInputFactory FACTORY = newFactory();

    private XmlElementReader() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.CDATA;
    }

    /**
     * Text is dropped except right after a comment, where crmsh keeps it. The reader's text is asked
     * for only then: every indentation between elements would otherwise become a string of its own.
     */
    private static void appendToCommentTail(XmlElement parent, XMLStreamReader r) {
        List<XmlElement> children = parent.children();
        if (children.isEmpty()) {
            return;
        }
        XmlElement last = children.get(children.size() - 1);
        if (last.isComment()) {
            String text = r.getText();
            last.setTail(last.tail() == null ? text : last.tail() + text);
        }
    }

    /** Parses {@code xml}; {@code source} names it in error messages. */
    public static XmlElement parse(String xml, String source) {
        return parse(new StringReader(xml), source);
    }

    /**
     * Parses the document read from {@code in}.
     *
     * @throws IllegalArgumentException naming source, line and column when the XML is malformed
     */
    public static XmlElement parse(Reader in, String source) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    XmlElement e = new XmlElement(r.getLocalName());
                    e.reserveAttributes(r.getAttributeCount());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        e.set(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().add(e);
                    }
                    open.push(e);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (event == XMLStreamConstants.COMMENT && !open.isEmpty()) {
                    open.peek().add(XmlElement.comment(r.getText()));
                } else if (isText(event) && !open.isEmpty()) {
                    appendToCommentTail(open.peek(), r);
                }
            }
            if (root == null) {
                throw new IllegalArgumentException(source + ": no XML element found");
            }
            return root;
        } catch (XMLStreamException ex) {
            var loc = ex.getLocation();
            String where = loc == null ? source : source + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
            throw new IllegalArgumentException(where + ": malformed XML: " + ex.getMessage(), ex);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a string cannot lose data
                }
            }
        }
    }
}
