package org.jcrm.engine.cib;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The order in which each element of a CIB document lists its attributes, read from its XML text, so
 * that it can be given back to a copy that lost it: the JDK's DOM keeps attributes sorted by name, so
 * a CIB edited as a DOM tree would otherwise come back with {@code <nvpair id name value>} where the
 * admin's file (and crmsh) had {@code <nvpair name value id>}. Elements are matched by
 * {@linkplain #key key}: their path of tags, each step named by its id where it has one, else by its
 * position among same-named siblings. Attributes an element did not have before keep their place
 * after the known ones; elements an edit made can {@linkplain #declare declare} theirs. The XML given
 * is jcrm's own serialisation of a CIB: a document it cannot read is a programming error
 * (IllegalArgumentException).
 */
public final class AttributeOrder {
    private static final String DECLARED = "org.jcrm.attribute-order";

    private final Map<String, List<String>> orders;

    private AttributeOrder(Map<String, List<String>> orders) {
        this.orders = orders;
    }

    /** The attribute order of every element of {@code xml}. */
    public static AttributeOrder of(String xml) {
        Map<String, List<String>> orders = new HashMap<>();
        walk(xml, (key, reader) -> {
            List<String> names = new ArrayList<>(reader.getAttributeCount());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                names.add(reader.getAttributeLocalName(i));
            }
            orders.put(key, names);
        }, null);
        return new AttributeOrder(orders);
    }

    /**
     * Marks {@code element}, made by an edit of a DOM tree, to be written with its attributes in the
     * order {@code names} gives (the DOM would write them sorted by name); see {@link #withDeclared}.
     */
    public static void declare(Element element, String... names) {
        element.setUserData(DECLARED, List.of(names), null);
    }

    /** This order, with the orders {@linkplain #declare declared} on elements of {@code doc} taking precedence. */
    public AttributeOrder withDeclared(Document doc) {
        Map<String, List<String>> all = new HashMap<>(orders);
        collectDeclared(doc.getDocumentElement(), "", all);
        return new AttributeOrder(all);
    }

    @SuppressWarnings("unchecked")
    private static void collectDeclared(Element e, String parentKey, Map<String, List<String>> into) {
        String key = key(e, parentKey);
        Object declared = e.getUserData(DECLARED);
        if (declared != null) {
            into.put(key, (List<String>) declared);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collectDeclared(child, key, into);
            }
        }
    }

    /** The {@link #key(String, String, String, int) key} of a DOM element under its parent's key. */
    public static String key(Element e, String parentKey) {
        String id = e.getAttribute("id");
        int index = 0;
        if (id.isEmpty()) {
            for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
                if (n instanceof Element sibling && sibling.getTagName().equals(e.getTagName())
                        && sibling.getAttribute("id").isEmpty()) {
                    index++;
                }
            }
        }
        return key(parentKey, e.getTagName(), id, index);
    }

    /** This order, with the element whose id was {@code from} (and what it holds) known by its new id {@code to}. */
    public AttributeOrder renamed(String from, String to) {
        Map<String, List<String>> all = new HashMap<>(orders.size());
        String old = "#" + from;
        orders.forEach((key, names) -> all.put(String.join("/", Arrays.stream(key.split("/", -1))
                .map(step -> step.endsWith(old) ? step.substring(0, step.length() - old.length()) + "#" + to : step)
                .toList()), names));
        return new AttributeOrder(all);
    }

    /**
     * The key of an element: {@code parentKey/tag#id}, or {@code parentKey/tag[N]} for the Nth
     * (from 0) child named {@code tag} without an id.
     */
    public static String key(String parentKey, String tag, String id, int sameTagIndex) {
        return id == null || id.isEmpty() ? parentKey + "/" + tag + "[" + sameTagIndex + "]" : parentKey + "/" + tag + "#" + id;
    }

    /**
     * {@code names} (an element's attribute names) in the order the element with {@code key} had them:
     * the known ones first, in that order, then the others as given.
     */
    public List<String> sort(String key, List<String> names) {
        List<String> known = orders.get(key);
        if (known == null) {
            return names;
        }
        List<String> sorted = new ArrayList<>(names.size());
        for (String name : known) {
            if (names.contains(name)) {
                sorted.add(name);
            }
        }
        for (String name : names) {
            if (!sorted.contains(name)) {
                sorted.add(name);
            }
        }
        return sorted;
    }

    /** {@code xml} written again with each element's attributes in this order (content unchanged). */
    public String restore(String xml) {
        StringWriter out = new StringWriter(xml.length() + 64);
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            walk(xml, (key, reader) -> {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    values.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                writer.writeStartElement(reader.getLocalName());
                for (String name : sort(key, new ArrayList<>(values.keySet()))) {
                    writer.writeAttribute(name, values.get(name));
                }
            }, writer);
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write CIB XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** What is done at each start tag, given the element's key and the reader positioned on it. */
    @FunctionalInterface
    private interface StartTag {
        void accept(String key, XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Reads {@code xml}, calling {@code start} at each start tag; when {@code copy} is given, everything
     * else (text, comments, end tags) is written to it as read.
     */
    private static void walk(String xml, StartTag start, XMLStreamWriter copy) {
        Deque<String> keys = new ArrayDeque<>();
        Deque<Map<String, Integer>> counts = new ArrayDeque<>();
        counts.push(new HashMap<>());
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String tag = reader.getLocalName();
                        String id = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "id");
                        int index = id == null || id.isEmpty() ? counts.peek().merge(tag, 1, Integer::sum) - 1 : 0;
                        String key = key(keys.isEmpty() ? "" : keys.peek(), tag, id, index);
                        start.accept(key, reader);
                        keys.push(key);
                        counts.push(new HashMap<>());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        keys.pop();
                        counts.pop();
                        if (copy != null) {
                            copy.writeEndElement();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                        if (copy != null) {
                            copy.writeCharacters(reader.getText());
                        }
                    }
                    case XMLStreamConstants.CDATA -> {
                        if (copy != null) {
                            copy.writeCData(reader.getText());
                        }
                    }
                    case XMLStreamConstants.COMMENT -> {
                        if (copy != null) {
                            copy.writeComment(reader.getText());
                        }
                    }
                    default -> {
                        // the XML declaration, processing instructions: not part of the CIB
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("cannot read CIB XML: " + e.getMessage(), e);
        }
    }
}
