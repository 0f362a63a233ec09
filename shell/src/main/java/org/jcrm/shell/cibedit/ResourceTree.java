package org.jcrm.shell.cibedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Element;

/**
 * The resources and nodes of a CIB's configuration as DOM elements: lookup by id, the containers
 * above a resource and the resources below it.
 */
public final class ResourceTree {
    /** The tags of resource elements. */
    public static final List<String> RESOURCE_TAGS = List.of("primitive", "group", "clone", "master", "bundle");

    private final Element cib;

    public ResourceTree(Element cib) {
        this.cib = cib;
    }

    /** The configuration's resources section, created if missing. */
    public Element resources() {
        return Dom.childOrNew(configuration(), "resources");
    }

    /** The configuration's constraints section, created if missing. */
    public Element constraints() {
        return Dom.childOrNew(configuration(), "constraints");
    }

    /** The configuration's nodes section, created if missing. */
    public Element nodes() {
        return Dom.childOrNew(configuration(), "nodes");
    }

    private Element configuration() {
        return Dom.childOrNew(cib, "configuration");
    }

    /** The resource with this id. */
    public Optional<Element> find(String id) {
        return Dom.find(resources(), id, RESOURCE_TAGS);
    }

    /** The resource with this id; fails with crmsh's message when there is none. */
    public Element require(String id) {
        return find(id).orElseThrow(() -> new CliException(ExitCode.ERROR, "Resource not found: " + id));
    }

    /** The resource containing {@code rsc} (group, clone, bundle), if any. */
    public static Optional<Element> parent(Element rsc) {
        return rsc.getParentNode() instanceof Element p && RESOURCE_TAGS.contains(p.getTagName())
                ? Optional.of(p) : Optional.empty();
    }

    /** True for clones (promotable or not) and the old master resources. */
    public static boolean isClone(Element rsc) {
        return rsc.getTagName().equals("clone") || rsc.getTagName().equals("master");
    }

    /** The resources below {@code rsc}, depth first. */
    public static List<Element> descendants(Element rsc) {
        List<Element> all = new ArrayList<>();
        for (Element c : Dom.children(rsc)) {
            if (RESOURCE_TAGS.contains(c.getTagName())) {
                all.add(c);
                all.addAll(descendants(c));
            }
        }
        return all;
    }

    /** Every resource of the configuration, depth first. */
    public List<Element> all() {
        List<Element> all = new ArrayList<>();
        for (Element c : Dom.children(resources())) {
            if (RESOURCE_TAGS.contains(c.getTagName())) {
                all.add(c);
                all.addAll(descendants(c));
            }
        }
        return all;
    }

    /** Every resource of the configuration, the ones inside a container before the container. */
    public List<Element> childrenFirst() {
        List<Element> order = new ArrayList<>();
        for (Element top : Dom.children(resources())) {
            if (RESOURCE_TAGS.contains(top.getTagName())) {
                addChildrenFirst(top, order);
            }
        }
        return order;
    }

    private static void addChildrenFirst(Element rsc, List<Element> order) {
        for (Element c : Dom.children(rsc)) {
            if (RESOURCE_TAGS.contains(c.getTagName())) {
                addChildrenFirst(c, order);
            }
        }
        order.add(rsc);
    }

    /** The configured node named {@code uname}. */
    public Optional<Element> node(String uname) {
        return Dom.children(nodes(), "node").stream().filter(n -> uname.equals(n.getAttribute("uname"))).findFirst();
    }

    /** The configured node named {@code uname}; fails when there is none. */
    public Element requireNode(String uname) {
        return node(uname).orElseThrow(() -> new CliException(ExitCode.ERROR, "Node " + uname
                + " not found in the CIB"));
    }
}
