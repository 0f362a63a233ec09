package org.jcrm.grammar.differential;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
public final class CanonicalXml {
    private CanonicalXml() {
    }

    /** The canonical lines of the {@code configuration} element of a whole CIB document. */
    public static List<String> configuration(String cibXml) {
        Element root = parse(cibXml);
        Element configuration = root.getTagName().equals("configuration") ? root : firstChild(root, "configuration");
        if (configuration == null) {
            throw new IllegalArgumentException("no configuration element");
        }
        List<String> lines = new ArrayList<>();
        append(configuration, 0, lines);
        return lines;
    }

    /**
     * The canonical lines of the configuration with what a crm text round trip may change taken
     * out: the objects of each section sorted by their text, and the ids of elements below the
     * objects (attribute sets, nvpairs, rules, expressions, operations, resource sets), which crm
     * syntax does not always spell out, dropped. Object ids stay.
     */
    public static List<String> configurationModuloOrderAndInnerIds(String cibXml) {
        Element root = parse(cibXml);
        Element configuration = root.getTagName().equals("configuration") ? root : firstChild(root, "configuration");
        if (configuration == null) {
            throw new IllegalArgumentException("no configuration element");
        }
        List<String> lines = new ArrayList<>();
        lines.add("<configuration>");
        for (Node s = configuration.getFirstChild(); s != null; s = s.getNextSibling()) {
            if (!(s instanceof Element section)) {
                continue;
            }
            lines.add("  <" + section.getTagName() + ">");
            List<String> objects = new ArrayList<>();
            for (Node o = section.getFirstChild(); o != null; o = o.getNextSibling()) {
                if (o instanceof Element object) {
                    List<String> block = new ArrayList<>();
                    append(object, 2, block);
                    block.replaceAll(CanonicalXml::withoutInnerId);
                    objects.add(String.join("\n", block));
                }
            }
            objects.sort(null);
            for (String object : objects) {
                lines.addAll(List.of(object.split("\n")));
            }
        }
        return lines;
    }

    private static final Set<String> OBJECT_TAGS = Set.of("node", "primitive", "template", "group", "clone", "master",
            "bundle", "rsc_location", "rsc_colocation", "rsc_order", "rsc_ticket", "tag", "alert", "recipient",
            "acl_role", "acl_target", "acl_group", "acl_user", "fencing-level", "cluster_property_set");

    private static String withoutInnerId(String line) {
        String tag = line.strip().replaceFirst("^<([^ >]+).*", "$1");
        return OBJECT_TAGS.contains(tag) ? line : line.replaceFirst(" id=\"[^\"]*\"", "");
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
