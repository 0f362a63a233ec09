package org.jcrm.engine.cib;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The element children of a DOM element, by tag: the one walk every reader of CIB documents needs. */
public final class DomElements {
    private DomElements() {
    }

    /** The direct children of {@code parent} named {@code tag} (all of them when {@code tag} is null); none when {@code parent} is null. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first direct child of {@code parent} named {@code tag}, or null. */
    public static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }
}
