package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.cib.DomElements;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small read-only helpers over DOM elements of a CIB document. */
final class Xml {
    private Xml() {
    }

    static List<Element> children(Element parent, String name) {
        return DomElements.children(parent, name);
    }

    static Element child(Element parent, String name) {
        return DomElements.child(parent, name);
    }

    /** The attribute's value, or null when absent (DOM returns "" for absent attributes). */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
    }

    static String attr(Element e, String name, String fallback) {
        String v = attr(e, name);
        return v == null ? fallback : v;
    }

    /**
     * The nvpairs of every child set named {@code setName}, earlier sets winning as in Pacemaker
     * (sets without rules only; rule-bound sets are resolved by the caller's evaluator).
     */
    static Map<String, String> nvpairs(Element parent, String setName, RuleEvaluator rules, Element idRefRoot) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element set : children(parent, setName)) {
            Element real = resolveRef(set, idRefRoot);
            if (rules != null && !rules.setApplies(real)) {
                continue;
            }
            for (Element nv : children(real, "nvpair")) {
                Element nvReal = resolveRef(nv, idRefRoot);
                String name = attr(nvReal, "name");
                if (name != null && !out.containsKey(name)) {
                    out.put(name, attr(nvReal, "value", ""));
                }
            }
        }
        return out;
    }

    /** Follows an {@code id-ref} to the element it names anywhere below {@code root}. */
    static Element resolveRef(Element e, Element root) {
        String ref = attr(e, "id-ref");
        if (ref == null || root == null) {
            return e;
        }
        Element found = findById(root, ref);
        return found == null ? e : found;
    }

    static Element findById(Element root, String id) {
        if (id.equals(attr(root, "id")) && attr(root, "id-ref") == null) {
            return root;
        }
        for (Element c : children(root, null)) {
            Element f = findById(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static boolean isTrue(String v) {
        if (v == null) {
            return false;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y", "1" -> true;
            default -> false;
        };
    }
}
