package org.jcrm.engine.cib;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds the DOM a non-namespace-aware parser would build from the text {@link PrettyXmlWriter}
 * writes for the same SAX events: {@link XmlComment} elements become comment nodes, namespace
 * declarations become {@code xmlns} attributes, whitespace-only text is left out (the writer drops it
 * too; only its indentation would come back from the text). One difference remains: text beside child
 * elements (mixed content, which no CIB schema allows) lacks the indentation the writer puts into it.
 */
final class DomBuilder extends DefaultHandler {
    private final Document document;
    private final List<String[]> pendingNamespaces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Node current;
    private boolean inComment;

    DomBuilder() {
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            // The names come from the model, which only well-formed XML fills: checking each again
            // cost more than building the element.
            document.setStrictErrorChecking(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation: " + e.getMessage(), e);
        }
        current = document;
    }

    /** The document built so far (whole once the marshaller has sent its last event). */
    Document document() {
        return document;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (!XmlComment.NAMESPACE.equals(uri)) {
            pendingNamespaces.add(new String[] {prefix, uri});
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flushText();
        if (XmlComment.NAMESPACE.equals(uri)) {
            inComment = true;
            return;
        }
        Element element = document.createElement(qName);
        for (String[] namespace : pendingNamespaces) {
            element.setAttribute(namespace[0].isEmpty() ? "xmlns" : "xmlns:" + namespace[0], namespace[1]);
        }
        pendingNamespaces.clear();
        for (int i = 0; i < attributes.getLength(); i++) {
            element.setAttribute(attributes.getQName(i), attributes.getValue(i));
        }
        current.appendChild(element);
        current = element;
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (XmlComment.NAMESPACE.equals(uri)) {
            inComment = false;
            current.appendChild(document.createComment(text.toString()));
            text.setLength(0);
            return;
        }
        flushText();
        current = current.getParentNode();
    }

    private void flushText() {
        if (inComment || text.isEmpty()) {
            return;
        }
        if (!text.toString().isBlank()) {
            current.appendChild(document.createTextNode(text.toString()));
        }
        text.setLength(0);
    }
}
