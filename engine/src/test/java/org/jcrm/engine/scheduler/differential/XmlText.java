package org.jcrm.engine.scheduler.differential;

/**
 * An indented XML text writer for generated CIBs: elements are opened, closed or written empty with
 * attribute name/value pairs, values escaped.
 */
final class XmlText {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Opens an element; {@code attrs} alternates names and values, a null value leaves the attribute out. */
    XmlText open(String name, String... attrs) {
        tag(name, attrs);
        out.append(">\n");
        depth++;
        return this;
    }

    /** Writes an element with no content. */
    XmlText empty(String name, String... attrs) {
        tag(name, attrs);
        out.append("/>\n");
        return this;
    }

    XmlText close(String name) {
        depth--;
        out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
        return this;
    }

    private void tag(String name, String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + name + "> must come in name/value pairs");
        }
        out.append("  ".repeat(depth)).append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
