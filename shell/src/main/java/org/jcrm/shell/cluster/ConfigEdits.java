package org.jcrm.shell.cluster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.shell.cibedit.Dom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The configuration edits admin commands make on a CIB's DOM, with the element ids crmsh and
 * Pacemaker's tools give them: node attributes ({@code nodes-ID}), resource meta attributes
 * ({@code RSC-meta_attributes}) and location constraints.
 */
public final class ConfigEdits {
    private static final Set<String> RESOURCE_TAGS = Set.of("primitive", "group", "clone", "master", "bundle");

    private ConfigEdits() {
    }

    /** Sets a permanent node attribute, or removes it when {@code value} is null. */
    public static void nodeAttribute(Element cib, String uname, String name, String value) {
        Element node = node(cib, uname).orElseThrow(() -> new IllegalArgumentException("node " + uname + " is not in the CIB"));
        String setId = "nodes-" + node.getAttribute("id");
        setNvpair(node, "instance_attributes", setId, name, value);
    }

    /** A permanent node attribute's value. */
    public static Optional<String> nodeAttribute(Element cib, String uname, String name) {
        return node(cib, uname).flatMap(n -> nvpair(n, "instance_attributes", name));
    }

    /** Sets a resource meta attribute, or removes it when {@code value} is null. */
    public static void resourceMeta(Element cib, String rsc, String name, String value) {
        Element r = resource(cib, rsc).orElseThrow(() -> new IllegalArgumentException("resource " + rsc + " does not exist"));
        setNvpair(r, "meta_attributes", rsc + "-meta_attributes", name, value);
    }

    /** The resource (primitive, group, clone, master, bundle) with this id. */
    public static Optional<Element> resource(Element cib, String rsc) {
        Element resources = path(cib, "configuration", "resources");
        return resources == null ? Optional.empty() : find(resources, e -> RESOURCE_TAGS.contains(e.getTagName())
                && rsc.equals(e.getAttribute("id")));
    }

    /** Adds (or replaces) {@code <rsc_location id rsc node score>}. */
    public static void location(Element cib, String id, String rsc, String node, String score) {
        Element constraints = child(child(cib, "configuration"), "constraints");
        removeConstraint(cib, id);
        Element loc = cib.getOwnerDocument().createElement("rsc_location");
        loc.setAttribute("id", id);
        loc.setAttribute("rsc", rsc);
        loc.setAttribute("role", "Started");
        loc.setAttribute("node", node);
        loc.setAttribute("score", score);
        AttributeOrder.declare(loc, "id", "rsc", "role", "node", "score");
        constraints.appendChild(loc);
    }

    /** Removes the constraint with this id; returns whether there was one. */
    public static boolean removeConstraint(Element cib, String id) {
        Element constraints = path(cib, "configuration", "constraints");
        if (constraints == null) {
            return false;
        }
        boolean removed = false;
        for (Element c : children(constraints)) {
            if (id.equals(c.getAttribute("id"))) {
                constraints.removeChild(c);
                removed = true;
            }
        }
        return removed;
    }

    /** The ids of the constraints whose id starts with {@code prefix}. */
    public static List<String> constraintIds(Element cib, String prefix) {
        Element constraints = path(cib, "configuration", "constraints");
        return constraints == null ? List.of() : children(constraints).stream().map(e -> e.getAttribute("id"))
                .filter(i -> i.startsWith(prefix)).toList();
    }

    private static Optional<Element> node(Element cib, String uname) {
        Element nodes = path(cib, "configuration", "nodes");
        return nodes == null ? Optional.empty() : children(nodes).stream()
                .filter(n -> n.getTagName().equals("node") && uname.equals(n.getAttribute("uname"))).findFirst();
    }

    private static Optional<String> nvpair(Element owner, String setTag, String name) {
        for (Element set : children(owner)) {
            if (set.getTagName().equals(setTag)) {
                for (Element nv : children(set)) {
                    if (name.equals(nv.getAttribute("name"))) {
                        return Optional.of(nv.getAttribute("value"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void setNvpair(Element owner, String setTag, String setId, String name, String value) {
        Element set = null;
        for (Element s : children(owner)) {
            if (s.getTagName().equals(setTag)) {
                if (set == null) {
                    set = s;
                }
                for (Element nv : children(s)) {
                    if (name.equals(nv.getAttribute("name"))) {
                        s.removeChild(nv);
                    }
                }
            }
        }
        if (value == null) {
            return;
        }
        Document doc = owner.getOwnerDocument();
        if (set == null) {
            set = doc.createElement(setTag);
            set.setAttribute("id", setId);
            owner.insertBefore(set, owner.getFirstChild());
        }
        Element nv = doc.createElement("nvpair");
        nv.setAttribute("id", set.getAttribute("id") + "-" + name);
        nv.setAttribute("name", name);
        nv.setAttribute("value", value);
        set.appendChild(nv);
    }

    private static Optional<Element> find(Element parent, Predicate<Element> test) {
        for (Element e : children(parent)) {
            if (test.test(e)) {
                return Optional.of(e);
            }
            Optional<Element> inner = find(e, test);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static Element path(Element root, String... names) {
        Element e = root;
        for (String n : names) {
            e = children(e).stream().filter(c -> c.getTagName().equals(n)).findFirst().orElse(null);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    private static Element child(Element parent, String name) {
        Element e = path(parent, name);
        if (e == null) {
            e = parent.getOwnerDocument().createElement(name);
            parent.appendChild(e);
        }
        return e;
    }

    private static List<Element> children(Element parent) {
        return Dom.children(parent);
    }
}
