package org.jcrm.grammar.differential;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A CIB's configuration section as canonical lines, one per element or comment, indented by depth:
 * attributes sorted by name, white space between elements dropped, children in document order.
 * Two configurations are the same when their lines are equal.
 */
final class CanonicalXml {
    private CanonicalXml() {
    }

    /** The canonical lines of the {@code configuration} element of a whole CIB document. */
    static List<String> configuration(String cibXml) {
        Element root = parse(cibXml);
        Element configuration = root.getTagName().equals("configuration") ? root : firstChild(root, "configuration");
        if (configuration == null) {
            throw new IllegalArgumentException("no configuration element");
        }
        List<String> lines = new ArrayList<>();
        append(configuration, 0, lines);
        return lines;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static void append(Element element, int depth, List<String> lines) {
        StringBuilder line = new StringBuilder("  ".repeat(depth)).append('<').append(element.getTagName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        attributes.forEach((k, v) -> line.append(' ').append(k).append("=\"").append(v).append('"'));
        line.append('>');
        lines.add(line.toString());
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                append(child, depth + 1, lines);
            } else if (n.getNodeType() == Node.COMMENT_NODE) {
                lines.add("  ".repeat(depth + 1) + "<!--" + n.getNodeValue() + "-->");
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                lines.add("  ".repeat(depth + 1) + "text:" + n.getNodeValue().strip());
            }
        }
    }
}
