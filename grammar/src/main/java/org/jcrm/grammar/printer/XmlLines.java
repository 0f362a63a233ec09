package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Serialises an element the way crmsh shows an object it cannot express in crm syntax: one line
 * per element or comment, indented two spaces a level, attributes in document order. An element
 * holding text (the text that follows a comment) is written on one line with its text kept, as
 * libxml2's formatter does for mixed content; empty lines are dropped.
 */
final class XmlLines {
    private XmlLines() {
    }

    static List<String> of(XmlElement e) {
        StringBuilder b = new StringBuilder();
        append(e, 0, true, b);
        List<String> lines = new ArrayList<>();
        for (String line : b.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void append(XmlElement e, int depth, boolean format, StringBuilder b) {
        if (format) {
            b.append("  ".repeat(depth));
        }
        if (e.isComment()) {
            b.append("<!--").append(e.text()).append("-->");
        } else {
            b.append('<').append(e.name());
            e.attributes().forEach((k, v) -> {
                b.append(' ').append(k).append("=\"");
                escape(v, true, b);
                b.append('"');
            });
            if (e.children().isEmpty()) {
                b.append("/>");
            } else {
                boolean formatChildren = format && !hasText(e);
                b.append('>');
                if (formatChildren) {
                    b.append('\n');
                }
                for (XmlElement c : e.children()) {
                    append(c, depth + 1, formatChildren, b);
                    if (c.isComment() && c.tail() != null) {
                        escape(c.tail(), false, b);
                    }
                }
                if (formatChildren) {
                    b.append("  ".repeat(depth));
                }
                b.append("</").append(e.name()).append('>');
            }
        }
        if (format) {
            b.append('\n');
        }
    }

    private static boolean hasText(XmlElement e) {
        for (XmlElement c : e.children()) {
            if (c.isComment() && c.tail() != null && !c.tail().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void escape(String v, boolean attribute, StringBuilder b) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(ch);
            }
        }
    }
}
