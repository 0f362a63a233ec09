package org.jcrm.engine.cib;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Passes each SAX content event on to two handlers, first to second, so one marshalling feeds both. */
final class SaxTee extends DefaultHandler {
    private final DefaultHandler first;
    private final DefaultHandler second;

    SaxTee(DefaultHandler first, DefaultHandler second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void startDocument() throws SAXException {
        first.startDocument();
        second.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        first.endDocument();
        second.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        first.startPrefixMapping(prefix, uri);
        second.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        first.endPrefixMapping(prefix);
        second.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        first.startElement(uri, localName, qName, attributes);
        second.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        first.characters(chars, start, length);
        second.characters(chars, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        first.endElement(uri, localName, qName);
        second.endElement(uri, localName, qName);
    }
}
