package org.jcrm.engine.cib;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Compares the attribute order of two documents element by element. DOM cannot: its attribute maps
 * are sorted by name, which is why this reads SAX events, where attributes come in document order.
 */
final class AttributeOrderComparison {
    private AttributeOrderComparison() {
    }

    /** The first element whose attribute names come in another order, or null when none does. */
    static String difference(String expected, String actual) {
        List<String> expectedOrder = elements(expected);
        List<String> actualOrder = elements(actual);
        for (int i = 0; i < Math.min(expectedOrder.size(), actualOrder.size()); i++) {
            if (!expectedOrder.get(i).equals(actualOrder.get(i))) {
                return "element " + (i + 1) + ": <" + actualOrder.get(i) + "> instead of <" + expectedOrder.get(i) + ">";
            }
        }
        if (expectedOrder.size() != actualOrder.size()) {
            return actualOrder.size() + " elements instead of " + expectedOrder.size();
        }
        return null;
    }

    /** Each element in document order as its name followed by its attribute names in order. */
    static List<String> elements(String xml) {
        List<String> elements = new ArrayList<>();
        try {
            XMLReader reader = CibXml.secureReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    StringBuilder element = new StringBuilder(qName);
                    for (int i = 0; i < attributes.getLength(); i++) {
                        element.append(' ').append(attributes.getQName(i));
                    }
                    elements.add(element.toString());
                }
            });
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
        return elements;
    }
}
