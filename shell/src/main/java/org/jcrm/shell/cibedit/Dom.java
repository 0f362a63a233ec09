package org.jcrm.shell.cibedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM walks over CIB elements: child elements by tag, ids below an element, lookup by id. */
public final class Dom {
    private Dom() {
    }

    /** The element children of {@code parent}. */
    public static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /** The element children of {@code parent} with this tag. */
    public static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    /** The first child with this tag. */
    public static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    /** The first child with this tag, created (appended) when there is none. */
    public static Element childOrNew(Element parent, String tag) {
        return child(parent, tag).orElseGet(() -> {
            Element e = parent.getOwnerDocument().createElement(tag);
            parent.appendChild(e);
            return e;
        });
    }

    /** Every id of {@code root} and the elements below it. */
    public static List<String> ids(Element root) {
        List<String> ids = new ArrayList<>();
        collect(root, ids);
        return ids;
    }

    private static void collect(Element e, List<String> ids) {
        if (e.hasAttribute("id")) {
            ids.add(e.getAttribute("id"));
        }
        for (Element c : children(e)) {
            collect(c, ids);
        }
    }

    /** The element with this id and tag below {@code root} (depth first). */
    public static Optional<Element> find(Element root, String id, List<String> tags) {
        for (Element c : children(root)) {
            if (tags.contains(c.getTagName()) && id.equals(c.getAttribute("id"))) {
                return Optional.of(c);
            }
            Optional<Element> inner = find(c, id, tags);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }
}
