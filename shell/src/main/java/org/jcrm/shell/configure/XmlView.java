package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.Dom;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The configuration as {@code show xml} prints it, the way crmsh does: a {@code <cib>} with only a
 * {@code <configuration>} whose {@code crm_config}, {@code nodes}, {@code resources} and
 * {@code constraints} sections are always there (empty ones as {@code <nodes/>}), and other sections
 * only when they hold something shown. Naming ids keeps only the top-level objects that are or
 * contain them (a primitive inside a group shows the whole group).
 * <p>Attributes are printed in the order the CIB has them, as crmsh prints them: what crmsh or jcrm's
 * configure commands wrote reads {@code <nvpair name value id>}, what Pacemaker's tools (and jcrm's
 * resource and node commands, which do their work) wrote reads {@code <nvpair id name value>}.
 */
final class XmlView {
    private static final List<String> ALWAYS = List.of("crm_config", "nodes", "resources", "constraints");
    private static final List<String> CONTAINERS = List.of("group", "clone", "master", "bundle");

    private XmlView() {
    }

    /** The configuration with only the objects {@code ids} name (all when empty). */
    static String show(Cib cib, List<String> ids) {
        String xml = CibXml.toXml(cib);
        // The DOM sorts attributes by name: their order comes from the text.
        AttributeOrder order = AttributeOrder.of(xml);
        Element root = StatusDocument.parse(xml).root();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" ?>\n<cib>\n  <configuration>\n");
        Element configuration = Dom.child(root, "configuration").orElse(null);
        List<String> sections = new ArrayList<>(ALWAYS);
        if (configuration != null) {
            Dom.children(configuration).stream().map(Element::getTagName).filter(t -> !sections.contains(t))
                    .forEach(sections::add);
        }
        for (String section : sections) {
            Element element = configuration == null ? null : Dom.child(configuration, section).orElse(null);
            List<Element> shown = element == null ? List.of() : Dom.children(element).stream()
                    .filter(e -> ids.isEmpty() || Dom.ids(e).stream().anyMatch(ids::contains)).toList();
            if (shown.isEmpty()) {
                if (ALWAYS.contains(section)) {
                    out.append("    <").append(section).append("/>\n");
                }
                continue;
            }
            out.append("    <").append(section).append(">\n");
            String sectionKey = AttributeOrder.key(element, AttributeOrder.key(configuration, AttributeOrder.key(root, "")));
            shown.forEach(e -> print(e, sectionKey, order, 3, out));
            out.append("    </").append(section).append(">\n");
        }
        return out.append("  </configuration>\n</cib>\n").toString();
    }

    private static void print(Element e, String parentKey, AttributeOrder order, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        String key = AttributeOrder.key(e, parentKey);
        out.append(indent).append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        List<String> names = new ArrayList<>(attributes.getLength());
        for (int i = 0; i < attributes.getLength(); i++) {
            names.add(attributes.item(i).getNodeName());
        }
        for (String name : order.sort(key, names)) {
            out.append(' ').append(name).append("=\"").append(escape(e.getAttribute(name))).append('"');
        }
        List<Element> children = Dom.children(e);
        if (children.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        if (CONTAINERS.contains(e.getTagName())) {
            // A container's own attribute sets come before the resources it holds.
            children = children.stream().sorted(Comparator.comparingInt(c -> c.getTagName().endsWith("attributes")
                    || c.getTagName().equals("utilization") ? 0 : 1)).toList();
        }
        children.forEach(c -> print(c, key, order, depth + 1, out));
        out.append(indent).append("</").append(e.getTagName()).append(">\n");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
