package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.Dom;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The configuration as {@code show xml} prints it, the way crmsh does: a {@code <cib>} with only a
 * {@code <configuration>} whose {@code crm_config}, {@code nodes}, {@code resources} and
 * {@code constraints} sections are always there (empty ones as {@code <nodes/>}), and other sections
 * only when they hold something shown. Naming ids keeps only the top-level objects that are or
 * contain them (a primitive inside a group shows the whole group).
 * <p>The model does not keep the order attributes were written in, so they are printed in the order
 * crmsh and Pacemaker's tools write them: ids first ({@code <nvpair id name value>},
 * {@code <primitive id class provider type>}), except for nodes and operations, which crmsh writes
 * {@code <node uname id>} and {@code <op name interval ... id>}.
 */
final class XmlView {
    private static final List<String> ALWAYS = List.of("crm_config", "nodes", "resources", "constraints");
    private static final Map<String, List<String>> FIRST = Map.of(
            "primitive", List.of("id", "class", "provider", "type"),
            "nvpair", List.of("id", "name", "value"),
            "node", List.of("uname", "id", "type"),
            "op", List.of("name", "role", "interval", "timeout"),
            "rsc_location", List.of("id", "rsc", "role", "node", "score"));
    private static final List<String> CONTAINERS = List.of("group", "clone", "master", "bundle");
    private static final Map<String, List<String>> LAST = Map.of("op", List.of("id"));

    private XmlView() {
    }

    /** The configuration with only the objects {@code ids} name (all when empty). */
    static String show(Cib cib, List<String> ids) {
        Element root = StatusDocument.parse(CibXml.toXml(cib)).root();
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
            shown.forEach(e -> print(e, 3, out));
            out.append("    </").append(section).append(">\n");
        }
        return out.append("  </configuration>\n</cib>\n").toString();
    }

    private static void print(Element e, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(e.getTagName());
        for (Attr a : ordered(e)) {
            out.append(' ').append(a.getName()).append("=\"").append(escape(a.getValue())).append('"');
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
        children.forEach(c -> print(c, depth + 1, out));
        out.append(indent).append("</").append(e.getTagName()).append(">\n");
    }

    private static List<Attr> ordered(Element e) {
        List<String> first = FIRST.getOrDefault(e.getTagName(), List.of("id"));
        List<String> last = LAST.getOrDefault(e.getTagName(), List.of());
        NamedNodeMap map = e.getAttributes();
        List<Attr> attrs = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            attrs.add((Attr) map.item(i));
        }
        attrs.sort(Comparator.comparingInt((Attr a) -> rank(a.getName(), first, last)).thenComparing(Attr::getName));
        return attrs;
    }

    private static int rank(String name, List<String> first, List<String> last) {
        if (first.contains(name)) {
            return first.indexOf(name);
        }
        return last.contains(name) ? first.size() + 1 + last.indexOf(name) : first.size();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
