package org.jcrm.grammar.printer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A mutable XML element (or comment) that keeps its attributes in document order, which the
 * crm layout depends on (an {@code op} prints its attributes in the order they were written).
 * A comment is an element named {@link #COMMENT} whose text is the comment body. Attributes are kept
 * as name/value pairs in one array and children in a list made on the first child: a shown CIB holds
 * one element per nvpair and op, and a map per element made up most of its memory.
 */
public final class XmlElement {
    /** The name given to comment nodes. */
    public static final String COMMENT = "#comment";

    private final String name;
    private static final String[] NO_ATTRIBUTES = {};

    /** Names at even indexes, each followed by its value. */
    private String[] attributes = NO_ATTRIBUTES;
    private int attributeCount;
    private List<XmlElement> children;
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
        int at = indexOf(attribute);
        return at < 0 ? null : attributes[at + 1];
    }

    public boolean has(String attribute) {
        return indexOf(attribute) >= 0;
    }

    private int indexOf(String attribute) {
        for (int i = 0; i < 2 * attributeCount; i += 2) {
            if (attributes[i].equals(attribute)) {
                return i;
            }
        }
        return -1;
    }

    /** Attributes in document order (read-only view). */
    public Map<String, String> attributes() {
        return new AttributeView();
    }

    /** Sets an attribute: a new one goes last, an existing one keeps its place. */
    public XmlElement set(String attribute, String value) {
        int at = indexOf(attribute);
        if (at >= 0) {
            attributes[at + 1] = value;
            return this;
        }
        if (2 * attributeCount == attributes.length) {
            attributes = Arrays.copyOf(attributes, Math.max(4, 2 * attributes.length));
        }
        attributes[2 * attributeCount] = attribute;
        attributes[2 * attributeCount + 1] = value;
        attributeCount++;
        return this;
    }

    /** Makes room for {@code count} attributes in all, so that setting them grows nothing. */
    void reserveAttributes(int count) {
        if (2 * count > attributes.length) {
            attributes = Arrays.copyOf(attributes, 2 * count);
        }
    }

    void remove(String attribute) {
        int at = indexOf(attribute);
        if (at >= 0) {
            System.arraycopy(attributes, at + 2, attributes, at, 2 * attributeCount - at - 2);
            attributeCount--;
            attributes[2 * attributeCount] = null;
            attributes[2 * attributeCount + 1] = null;
        }
    }

    /**
     * Children (elements and comments) in document order; the list may be edited when the element
     * has children (an element without any gives an empty list that cannot be).
     */
    public List<XmlElement> children() {
        return children == null ? List.of() : children;
    }

    public XmlElement add(XmlElement child) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(child);
        return this;
    }

    /** Element children named {@code childName}, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children()) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first element child named {@code childName}, or null. */
    public XmlElement child(String childName) {
        for (XmlElement c : children()) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The attributes as a read-only map in document order, over the pairs as they are. */
    private final class AttributeView extends AbstractMap<String, String> {
        @Override
        public int size() {
            return attributeCount;
        }

        @Override
        public String get(Object key) {
            return key instanceof String name ? attr(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && has(name);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return attributeCount;
                }

                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < attributeCount;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int at = 2 * next++;
                            return new SimpleImmutableEntry<>(attributes[at], attributes[at + 1]);
                        }
                    };
                }
            };
        }
    }
}
