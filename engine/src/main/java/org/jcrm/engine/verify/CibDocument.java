package org.jcrm.engine.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcrm.engine.cib.DomElements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A read-only view of a CIB document for the verify rules: the sections, the configuration's elements
 * indexed by id, and XPaths for findings. Rules read the XML as written (not a typed model) because
 * their job is to judge values a typed model could not even hold, such as a score that is not a number.
 */
public final class CibDocument {
    /** Element names of the resources that can be constrained or contained. */
    public static final Set<String> RESOURCE_TAGS = Set.of("primitive", "group", "clone", "master", "bundle");

    private final Document document;
    private final String text;
    private final Element root;
    private final Map<String, List<Element>> configurationIds = new LinkedHashMap<>();
    private final Map<String, Element> resources = new HashMap<>();
    private final Map<Element, Map<String, List<Element>>> elementsByTag = new IdentityHashMap<>();

    private boolean indexed;

    /**
     * A view of {@code document}, whose XML text was {@code text} (kept for schema validation). The
     * ids are indexed on first use, so that work on the text can start before.
     */
    public CibDocument(Document document, String text) {
        this.document = document;
        this.text = text;
        this.root = document.getDocumentElement();
    }

    private void indexOnce() {
        if (!indexed) {
            indexed = true;
            Element configuration = child(root, "configuration");
            if (configuration != null) {
                index(configuration);
            }
        }
    }

    private void index(Element element) {
        String id = element.getAttribute("id");
        if (!id.isEmpty() && !isReference(element)) {
            // a list of its own only for a duplicated id: a large CIB has hundreds of thousands of ids
            List<Element> before = configurationIds.putIfAbsent(id, List.of(element));
            if (before instanceof ArrayList<Element> list) {
                list.add(element);
            } else if (before != null) {
                List<Element> list = new ArrayList<>(before);
                list.add(element);
                configurationIds.put(id, list);
            }
            if (RESOURCE_TAGS.contains(element.getTagName()) && isInResources(element)) {
                resources.putIfAbsent(id, element);
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                index(e);
            }
        }
    }

    /** Elements whose id attribute names another object instead of being an id of their own. */
    private static boolean isReference(Element element) {
        String tag = element.getTagName();
        if (tag.equals("resource_ref") || tag.equals("obj_ref") || tag.equals("node")) {
            return true;
        }
        return tag.equals("role") && element.getParentNode() instanceof Element p
                && (p.getTagName().equals("acl_target") || p.getTagName().equals("acl_group")
                || p.getTagName().equals("acl_user"));
    }

    private static boolean isInResources(Element element) {
        for (Node p = element.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) {
            if (pe.getTagName().equals("resources")) {
                return true;
            }
        }
        return false;
    }

    public Document document() {
        return document;
    }

    /** The XML text the document was read from. */
    public String text() {
        return text;
    }

    /** The {@code <cib>} element. */
    public Element root() {
        return root;
    }

    /** A section under {@code configuration} (crm_config, nodes, resources, constraints, ...), or null. */
    public Element section(String name) {
        Element configuration = child(root, "configuration");
        return configuration == null ? null : child(configuration, name);
    }

    /** The {@code status} section, or null. */
    public Element status() {
        return child(root, "status");
    }

    /** Every element of the configuration section carrying {@code id}, in document order. */
    public Map<String, List<Element>> idIndex() {
        indexOnce();
        return Collections.unmodifiableMap(configurationIds);
    }

    /** The configuration element with this id, or null (the first when ids are duplicated). */
    public Element byId(String id) {
        indexOnce();
        List<Element> list = configurationIds.get(id);
        return list == null ? null : list.get(0);
    }

    /** The resource (primitive, group, clone, master, bundle) with this id, or null. */
    public Element resource(String id) {
        indexOnce();
        return resources.get(id);
    }

    /** All resources in the resources section, in document order, nested ones included. */
    public List<Element> resources() {
        List<Element> out = new ArrayList<>();
        Element section = section("resources");
        if (section != null) {
            for (String tag : List.of("primitive", "group", "clone", "master", "bundle")) {
                out.addAll(elements(section, tag));
            }
        }
        return out;
    }

    /** The ids that constraints may name: resources, tags and templates. */
    public boolean isConstrainable(String id) {
        Element e = byId(id);
        if (e == null) {
            return false;
        }
        String tag = e.getTagName();
        return resources.containsKey(id) || tag.equals("tag") || tag.equals("template");
    }

    /** The direct children of {@code parent} named {@code tag}. */
    public static List<Element> children(Element parent, String tag) {
        return DomElements.children(parent, tag);
    }

    /** The first direct child of {@code parent} named {@code tag}, or null. */
    public static Element child(Element parent, String tag) {
        return DomElements.child(parent, tag);
    }

    /**
     * All descendants of {@code parent} named {@code tag}, in document order, as
     * {@link #descendants(Element, String)} finds them; the first call for a parent walks its subtree
     * once for every tag, so rules that each look through a whole section do not walk it again each.
     * The list is read-only.
     */
    public List<Element> elements(Element parent, String tag) {
        if (parent == null) {
            return List.of();
        }
        Map<String, List<Element>> byTag = elementsByTag.computeIfAbsent(parent, p -> {
            Map<String, List<Element>> index = new HashMap<>();
            indexByTag(p, index);
            return index;
        });
        return Collections.unmodifiableList(byTag.getOrDefault(tag, List.of()));
    }

    private static void indexByTag(Element parent, Map<String, List<Element>> index) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                index.computeIfAbsent(e.getTagName(), k -> new ArrayList<>()).add(e);
                indexByTag(e, index);
            }
        }
    }

    /** All descendants of {@code parent} named {@code tag}, in document order. */
    public static List<Element> descendants(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        // a plain walk: getElementsByTagName's live list re-scans the tree on a deferred DOM, which made
        // large CIBs quadratic
        collect(parent, tag, out);
        return out;
    }

    private static void collect(Element parent, String tag, List<Element> out) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (tag.equals(e.getTagName())) {
                    out.add(e);
                }
                collect(e, tag, out);
            }
        }
    }

    /** The value of {@code name}, or null when the attribute is absent. */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /**
     * The name/value pairs of the {@code setTag} blocks (meta_attributes, instance_attributes, ...)
     * directly under {@code owner}, each nvpair element keyed by its name; later blocks do not override.
     */
    public static Map<String, Element> nvpairs(Element owner, String setTag) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element set : children(owner, setTag)) {
            for (Element nv : children(set, "nvpair")) {
                out.putIfAbsent(nv.getAttribute("name"), nv);
            }
        }
        return out;
    }

    /** The value of meta attribute {@code name} of {@code owner}, or null. */
    public static String meta(Element owner, String name) {
        Element nv = nvpairs(owner, "meta_attributes").get(name);
        return nv == null ? null : attr(nv, "value");
    }

    /** The id of the nearest element at or above {@code e} that has one, for reporting. */
    public static String owningId(Element e) {
        for (Node n = e; n instanceof Element el; n = el.getParentNode()) {
            if (el.hasAttribute("id")) {
                return el.getAttribute("id");
            }
        }
        return null;
    }

    /** An XPath that selects {@code e}: ids where elements have them, positions where they do not. */
    public static String xpath(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e; n instanceof Element el; n = el.getParentNode()) {
            String step = el.getTagName();
            if (el.hasAttribute("id")) {
                step += "[@id='" + el.getAttribute("id") + "']";
            } else if (el.getParentNode() instanceof Element parent) {
                List<Element> same = children(parent, el.getTagName());
                if (same.size() > 1) {
                    step += "[" + (same.indexOf(el) + 1) + "]";
                }
            }
            out.insert(0, "/" + step);
        }
        return out.toString();
    }
}
