package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable XML element (or comment) that keeps its attributes in document order, which the
 * crm layout depends on (an {@code op} prints its attributes in the order they were written).
 * A comment is an element named {@link #COMMENT} whose text is the comment body.
 */
public final class XmlElement {
    /** The name given to comment nodes. */
    public static final String COMMENT = "#comment";

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private String text;
    private String tail;

    /** An element named {@code name} with no attributes and no children. */
    public XmlElement(String name) {
        this.name = name;
    }

    /** A comment node holding {@code text}. */
    public static XmlElement comment(String text) {
        XmlElement c = new XmlElement(COMMENT);
        c.text = text;
        return c;
    }

    public String name() {
        return name;
    }

    public boolean isComment() {
        return COMMENT.equals(name);
    }

    /** The comment body; null for elements. */
    public String text() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    /** For a comment, the text that follows it up to the next node (crmsh keeps it); else null. */
    public String tail() {
        return tail;
    }

    void setTail(String tail) {
        this.tail = tail;
    }

    /** The attribute's value, or null when absent. */
    public String attr(String attribute) {
        return attributes.get(attribute);
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    /** Attributes in document order (read-only view). */
    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public XmlElement set(String attribute, String value) {
        attributes.put(attribute, value);
        return this;
    }

    void remove(String attribute) {
        attributes.remove(attribute);
    }

    /** Children (elements and comments) in document order; the list may be edited. */
    public List<XmlElement> children() {
        return children;
    }

    public XmlElement add(XmlElement child) {
        children.add(child);
        return this;
    }

    /** Element children named {@code childName}, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first element child named {@code childName}, or null. */
    public XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }
}
