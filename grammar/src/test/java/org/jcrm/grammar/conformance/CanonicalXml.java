package org.jcrm.grammar.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jcrm.grammar.printer.XmlElement;

/**
 * A canonical one-line form of an XML tree for comparisons: attributes sorted by name, comments
 * and white space dropped, children in document order.
 */
final class CanonicalXml {
    private CanonicalXml() {
    }

    /** The canonical form of {@code e} without the attributes in {@code ignored} (for elements named by the key). */
    static String of(XmlElement e, Map<String, Set<String>> ignored) {
        StringBuilder b = new StringBuilder();
        append(e, null, ignored, b);
        return b.toString();
    }

    /**
     * The canonical form of {@code e} keeping {@code id} attributes only where the element at the
     * same place in {@code reference} has one (the reference omits generated ids).
     */
    static String withIdsOf(XmlElement e, XmlElement reference) {
        StringBuilder b = new StringBuilder();
        append(e, reference, Map.of(), b);
        return b.toString();
    }

    private static void append(XmlElement e, XmlElement reference, Map<String, Set<String>> ignored, StringBuilder b) {
        Map<String, String> attributes = new TreeMap<>(e.attributes());
        attributes.keySet().removeAll(ignored.getOrDefault(e.name(), Set.of()));
        attributes.keySet().removeAll(ignored.getOrDefault("*", Set.of()));
        if (reference != null && !reference.has("id")) {
            attributes.remove("id");
        }
        b.append('<').append(e.name());
        attributes.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(v).append('"'));
        List<XmlElement> children = elements(e);
        if (children.isEmpty()) {
            b.append("/>");
            return;
        }
        b.append('>');
        List<XmlElement> referenceChildren = reference == null ? List.of() : elements(reference);
        for (int i = 0; i < children.size(); i++) {
            XmlElement r = reference == null ? null
                    : (i < referenceChildren.size() ? referenceChildren.get(i) : new XmlElement("none"));
            append(children.get(i), r, ignored, b);
        }
        b.append("</").append(e.name()).append('>');
    }

    private static List<XmlElement> elements(XmlElement e) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (!c.isComment()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Where two canonical forms first differ, with some context. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at " + i + ": expected [..." + expected.substring(from, Math.min(expected.length(), i + 60))
                + "] got [..." + actual.substring(from, Math.min(actual.length(), i + 60)) + "]";
    }
}
