package org.jcrm.engine.cib;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Passes SAX events on to JAXB, turning each comment inside the root element into a
 * {@link XmlComment} element so that it takes its place among its parent's children. Comments
 * outside the root element have no parent in the model and are dropped.
 */
final class CommentsAsElements implements ContentHandler, LexicalHandler {
    private static final Attributes NO_ATTRIBUTES = new AttributesImpl();

    private final ContentHandler target;
    private int depth;

    CommentsAsElements(ContentHandler target) {
        this.target = target;
    }

    @Override
    public void comment(char[] text, int start, int length) throws SAXException {
        if (depth == 0) {
            return;
        }
        target.startPrefixMapping("", XmlComment.NAMESPACE);
        target.startElement(XmlComment.NAMESPACE, "comment", "comment", NO_ATTRIBUTES);
        target.characters(text, start, length);
        target.endElement(XmlComment.NAMESPACE, "comment", "comment");
        target.endPrefixMapping("");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        depth++;
        target.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        target.endElement(uri, localName, qName);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        target.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        target.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        target.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        target.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        target.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        target.characters(text, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] text, int start, int length) throws SAXException {
        target.ignorableWhitespace(text, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        this.target.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        target.skippedEntity(name);
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
    }

    @Override
    public void endDTD() {
    }

    @Override
    public void startEntity(String name) {
    }

    @Override
    public void endEntity(String name) {
    }

    @Override
    public void startCDATA() {
    }

    @Override
    public void endCDATA() {
    }
}
