package org.jcrm.engine.scheduler.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.DomElements;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The part of a CIB's status section the scheduler reads, as compact records rather than a DOM: the
 * ticket states of the first {@code tickets} element (null when there is none) and every node's
 * {@code node_state}, in document order. Read from a DOM element here, or from the XML text by
 * {@link StatusScanner}; both give equal sections for the same text.
 */
public record StatusSection(List<Map<String, String>> tickets, List<NodeStateEntry> nodes) {
    /** An empty status section. */
    public static StatusSection empty() {
        return new StatusSection(null, new ArrayList<>());
    }

    /** The section under a {@code status} element (null gives an empty section). */
    public static StatusSection of(Element status) {
        StatusSection section = empty();
        if (status == null) {
            return section;
        }
        List<Map<String, String>> tickets = null;
        for (Element e : children(status, null)) {
            if (e.getTagName().equals("node_state")) {
                section.nodes.add(nodeState(e));
            } else if (e.getTagName().equals("tickets") && tickets == null) {
                tickets = new ArrayList<>();
                for (Element t : children(e, "ticket_state")) {
                    tickets.add(attributes(t));
                }
            }
        }
        return new StatusSection(tickets, section.nodes);
    }

    /** The entry of the first node_state whose uname is {@code uname}, or null. */
    public NodeStateEntry node(String uname) {
        for (NodeStateEntry n : nodes) {
            if (uname.equals(n.attr("uname"))) {
                return n;
            }
        }
        return null;
    }

    private static NodeStateEntry nodeState(Element ns) {
        Map<String, String> transientAttributes = new LinkedHashMap<>();
        Element transientElement = first(ns, "transient_attributes");
        if (transientElement != null) {
            for (Element set : children(transientElement, "instance_attributes")) {
                for (Element nv : children(set, "nvpair")) {
                    Attr name = nv.getAttributeNode("name");
                    Attr value = nv.getAttributeNode("value");
                    if (name != null) {
                        transientAttributes.putIfAbsent(name.getValue(), value == null ? "" : value.getValue());
                    }
                }
            }
        }
        List<ResourceHistory> resources = new ArrayList<>();
        for (Element r : children(first(first(ns, "lrm"), "lrm_resources"), "lrm_resource")) {
            List<RecordedOp> ops = new ArrayList<>();
            for (Element op : children(r, "lrm_rsc_op")) {
                ops.add(RecordedOp.of(OpFields.of(op)));
            }
            resources.add(new ResourceHistory(attr(r, "id"), attr(r, "class"), attr(r, "provider"), attr(r, "type"), ops));
        }
        return new NodeStateEntry(attributes(ns), transientAttributes, resources);
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            Attr a = (Attr) attributes.item(i);
            out.put(a.getName(), a.getValue());
        }
        return out;
    }

    private static String attr(Element e, String name) {
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
    }

    private static Element first(Element parent, String name) {
        return DomElements.child(parent, name);
    }

    private static List<Element> children(Element parent, String name) {
        return DomElements.children(parent, name);
    }
}
