package org.jcrm.grammar.printer;

/**
 * Turns one kind of configuration element into crm text: a head line (keyword, id, the essentials)
 * followed by one part per child element that crm syntax expresses.
 */
interface ObjectFormatter {
    /** The head, or null when the element cannot be written in crm syntax. */
    String head(XmlElement e, ShowContext context);

    /** The part for child {@code c} of {@code owner}, or null (or empty) when it adds nothing. */
    default String child(XmlElement owner, XmlElement c, ShowContext context) {
        return null;
    }
}
