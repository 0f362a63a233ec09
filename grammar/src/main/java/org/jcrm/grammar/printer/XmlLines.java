package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Serialises an element the way crmsh shows an object it cannot express in crm syntax: one
 * line per element or comment, indented two spaces a level, attributes in document order.
 */
final class XmlLines {
    private XmlLines() {
    }

    static List<String> of(XmlElement e) {
        List<String> lines = new ArrayList<>();
        append(e, 0, lines);
        return lines;
    }

    private static void append(XmlElement e, int depth, List<String> lines) {
        StringBuilder b = new StringBuilder();
        b.append("  ".repeat(depth));
        if (e.isComment()) {
            lines.add(b.append("<!--").append(e.text()).append("-->").toString());
            return;
        }
        b.append('<').append(e.name());
        e.attributes().forEach((k, v) -> {
            b.append(' ').append(k).append("=\"");
            escape(v, b);
            b.append('"');
        });
        if (e.children().isEmpty()) {
            lines.add(b.append("/>").toString());
            return;
        }
        lines.add(b.append('>').toString());
        for (XmlElement c : e.children()) {
            append(c, depth + 1, lines);
        }
        lines.add("  ".repeat(depth) + "</" + e.name() + ">");
    }

    private static void escape(String v, StringBuilder b) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> b.append(ch);
            }
        }
    }
}
