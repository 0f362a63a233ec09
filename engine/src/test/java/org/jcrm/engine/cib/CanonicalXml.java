package org.jcrm.engine.cib;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Compares two XML documents canonically: element names, attribute sets (in any order, namespace
 * declarations left out), child elements, comments and non-blank text in order. Whitespace-only
 * text and anything outside the root element are ignored.
 */
final class CanonicalXml {
    private CanonicalXml() {
    }

    /** The first difference as a path and a description, or null when the documents are equal. */
    static String difference(String expected, String actual) {
        return difference(parse(expected).getDocumentElement(), parse(actual).getDocumentElement(), "");
    }

    static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static String difference(Element expected, Element actual, String parentPath) {
        String path = parentPath + "/" + expected.getTagName()
                + (expected.hasAttribute("id") ? "[@id='" + expected.getAttribute("id") + "']" : "");
        if (!expected.getTagName().equals(actual.getTagName())) {
            return path + ": element <" + actual.getTagName() + "> instead";
        }
        Map<String, String> expectedAttributes = attributes(expected);
        Map<String, String> actualAttributes = attributes(actual);
        if (!expectedAttributes.equals(actualAttributes)) {
            return path + ": attributes " + actualAttributes + " instead of " + expectedAttributes;
        }
        List<Node> expectedChildren = significantChildren(expected);
        List<Node> actualChildren = significantChildren(actual);
        for (int i = 0; i < Math.min(expectedChildren.size(), actualChildren.size()); i++) {
            Node e = expectedChildren.get(i);
            Node a = actualChildren.get(i);
            if (e.getNodeType() != a.getNodeType()) {
                return path + ": child " + i + " is of another kind";
            }
            if (e instanceof Element ee) {
                String inner = difference(ee, (Element) a, path);
                if (inner != null) {
                    return inner;
                }
            } else if (!e.getNodeValue().equals(a.getNodeValue())) {
                return path + ": text '" + a.getNodeValue() + "' instead of '" + e.getNodeValue() + "'";
            }
        }
        if (expectedChildren.size() != actualChildren.size()) {
            return path + ": " + actualChildren.size() + " children instead of " + expectedChildren.size();
        }
        return null;
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> map = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                map.put(attribute.getName(), attribute.getValue());
            }
        }
        return map;
    }

    private static List<Node> significantChildren(Element element) {
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE, Node.COMMENT_NODE -> children.add(child);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!child.getNodeValue().isBlank()) {
                        children.add(child);
                    }
                }
                default -> {
                }
            }
        }
        return children;
    }
}
