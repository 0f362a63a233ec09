package org.jcrm.grammar.printer;

/** {@code tag ID OBJ...}. */
final class TagFormatter implements ObjectFormatter {
    @Override
    public String head(XmlElement e, ShowContext context) {
        StringBuilder s = new StringBuilder("tag ").append(e.attr("id"));
        for (XmlElement c : e.children()) {
            if (!c.isComment()) {
                s.append(' ').append(c.attr("id"));
            }
        }
        return s.toString();
    }
}
