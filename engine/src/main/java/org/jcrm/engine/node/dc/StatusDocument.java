package org.jcrm.engine.node.dc;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.DomElements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A CIB as a DOM tree with the edits the controller makes: node entries, node_state membership,
 * operation history ({@code lrm_rsc_op}) and transient node attributes, written in the layout
 * Pacemaker's status section uses.
 */
public final class StatusDocument {
    /** The node_state attribute in which the DC records why the last fencing of a node failed. */
    public static final String FENCE_FAILURE = "jcrm-fence-failure";
    private final Document doc;

    private StatusDocument(Document doc) {
        this.doc = doc;
    }

    /** Parses CIB XML. */
    public static StatusDocument parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new StatusDocument(f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read CIB XML: " + e.getMessage(), e);
        }
    }

    /** The CIB root element. */
    public Element root() {
        return doc.getDocumentElement();
    }

    /** The DOM document itself. */
    public Document document() {
        return doc;
    }

    public String toXml() {
        return CibXml.toXml(doc);
    }

    /** Adds {@code <node id uname type=member>} to the configuration unless a node of that name exists. */
    public void ensureNode(String uname, String id) {
        Element nodes = child(child(root(), "configuration"), "nodes");
        for (Element n : children(nodes, "node")) {
            if (uname.equals(n.getAttribute("uname"))) {
                return;
            }
        }
        Element n = doc.createElement("node");
        n.setAttribute("id", id);
        n.setAttribute("uname", uname);
        n.setAttribute("type", "member");
        AttributeOrder.declare(n, "id", "uname", "type");
        nodes.appendChild(n);
    }

    /** The node_state of {@code uname}, if the status section has one. */
    public Optional<Element> findNodeState(String uname) {
        Element status = child(root(), "status");
        return children(status, "node_state").stream().filter(e -> uname.equals(e.getAttribute("uname"))).findFirst();
    }

    /** The node_state of {@code uname}, created with the configured node's id when missing. */
    public Element nodeState(String uname) {
        return findNodeState(uname).orElseGet(() -> {
            Element ns = doc.createElement("node_state");
            ns.setAttribute("id", nodeId(uname));
            ns.setAttribute("uname", uname);
            child(root(), "status").appendChild(ns);
            return ns;
        });
    }

    /** Whether the status section says {@code uname} is an active member. */
    public boolean isMember(String uname) {
        return findNodeState(uname).map(ns -> "true".equals(ns.getAttribute("in_ccm"))
                && "online".equals(ns.getAttribute("crmd"))).orElse(false);
    }

    /** Records that {@code uname} is in the partition and has joined. */
    public void memberUp(String uname) {
        set(nodeState(uname), "in_ccm", "true", "crmd", "online", "join", "member", "expected", "member");
    }

    /** Records that {@code uname} left without being fenced: unclean, so it must be fenced. */
    public void memberLost(String uname) {
        set(nodeState(uname), "in_ccm", "false", "crmd", "offline", "join", "down", "expected", "member");
    }

    /** Records that {@code uname} is known down (fenced, or cleanly stopped): its history is void. */
    public void memberDown(String uname) {
        Element ns = nodeState(uname);
        set(ns, "in_ccm", "false", "crmd", "offline", "join", "down", "expected", "down");
        forgetHistory(uname);
        forgetTransientAttributes(uname);
    }

    /** Drops all operation history of a node (it will be probed again). */
    public void forgetHistory(String uname) {
        findNodeState(uname).ifPresent(ns -> removeChildren(ns, "lrm"));
    }

    /** Why the last fencing of {@code uname} failed, if it did and the node was not fenced since. */
    public Optional<String> fenceFailure(String uname) {
        return findNodeState(uname).map(ns -> ns.getAttribute(FENCE_FAILURE)).filter(s -> !s.isEmpty());
    }

    /** Drops a node's transient attributes (they do not outlive its daemon). */
    public void forgetTransientAttributes(String uname) {
        findNodeState(uname).ifPresent(ns -> removeChildren(ns, "transient_attributes"));
    }

    /** Sets a status attribute of a node's node_state (empty value removes it). */
    public void nodeStateAttribute(String uname, String name, String value) {
        Element ns = nodeState(uname);
        if (value == null || value.isEmpty()) {
            ns.removeAttribute(name);
        } else {
            ns.setAttribute(name, value);
        }
    }

    /** The lrm_resource of {@code rsc} on {@code uname}, created with the given agent when missing. */
    public Element lrmResource(String uname, String rsc, String standard, String provider, String type) {
        Element ns = nodeState(uname);
        Element lrm = child(ns, "lrm");
        if (!lrm.hasAttribute("id")) {
            lrm.setAttribute("id", ns.getAttribute("id"));
        }
        Element resources = child(lrm, "lrm_resources");
        for (Element r : children(resources, "lrm_resource")) {
            if (rsc.equals(r.getAttribute("id"))) {
                return r;
            }
        }
        Element r = doc.createElement("lrm_resource");
        r.setAttribute("id", rsc);
        r.setAttribute("type", type);
        r.setAttribute("class", standard);
        if (provider != null) {
            r.setAttribute("provider", provider);
        }
        resources.appendChild(r);
        return r;
    }

    /** The lrm_resource entries of a node. */
    public List<Element> lrmResources(String uname) {
        return findNodeState(uname).map(ns -> {
            Element lrm = first(ns, "lrm");
            Element resources = lrm == null ? null : first(lrm, "lrm_resources");
            return resources == null ? List.<Element>of() : children(resources, "lrm_resource");
        }).orElse(List.of());
    }

    /**
     * Whether any resource may still be active on a node: the last one-shot operation of some history
     * entry is neither a successful stop nor a probe that found it stopped.
     */
    public boolean hasActiveResources(String uname) {
        for (Element r : lrmResources(uname)) {
            for (Element op : children(r, "lrm_rsc_op")) {
                if (op.getAttribute("id").endsWith("_last_0")) {
                    String task = op.getAttribute("operation");
                    String rc = op.getAttribute("rc-code");
                    if (!(task.equals("stop") && rc.equals("0")) && !(task.equals("monitor") && rc.equals("7"))) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** The next call-id on a node: one more than any it recorded. */
    public int nextCallId(String uname) {
        int max = 0;
        for (Element r : lrmResources(uname)) {
            for (Element op : children(r, "lrm_rsc_op")) {
                try {
                    max = Math.max(max, Integer.parseInt(op.getAttribute("call-id")));
                } catch (NumberFormatException e) {
                    // entries without a call-id do not count
                }
            }
        }
        return max + 1;
    }

    /** Replaces the lrm_rsc_op of {@code id} under {@code lrmResource} with a new one, returned. */
    public Element replaceOp(Element lrmResource, String id) {
        for (Element op : children(lrmResource, "lrm_rsc_op")) {
            if (id.equals(op.getAttribute("id"))) {
                lrmResource.removeChild(op);
            }
        }
        Element op = doc.createElement("lrm_rsc_op");
        op.setAttribute("id", id);
        lrmResource.appendChild(op);
        return op;
    }

    /** Removes the recurring operations recorded for a resource (they stop with it). */
    public void removeRecurring(Element lrmResource, long intervalFilter) {
        for (Element op : children(lrmResource, "lrm_rsc_op")) {
            long interval = parseLong(op.getAttribute("interval"));
            if (interval > 0 && (intervalFilter == 0 || interval == intervalFilter)
                    && !op.getAttribute("id").endsWith("_last_failure_0")) {
                lrmResource.removeChild(op);
            }
        }
    }

    /** The value of a transient attribute of a node, if set. */
    public Optional<String> transientAttribute(String uname, String name) {
        return findNodeState(uname).flatMap(ns -> {
            Element ta = first(ns, "transient_attributes");
            Element ia = ta == null ? null : first(ta, "instance_attributes");
            if (ia == null) {
                return Optional.empty();
            }
            return children(ia, "nvpair").stream().filter(p -> name.equals(p.getAttribute("name")))
                    .map(p -> p.getAttribute("value")).findFirst();
        });
    }

    /** Sets (or with null removes) a transient attribute of a node. */
    public void transientAttribute(String uname, String name, String value) {
        Element ns = nodeState(uname);
        Element ta = child(ns, "transient_attributes");
        if (!ta.hasAttribute("id")) {
            ta.setAttribute("id", ns.getAttribute("id"));
        }
        Element ia = child(ta, "instance_attributes");
        if (!ia.hasAttribute("id")) {
            ia.setAttribute("id", "status-" + ns.getAttribute("id"));
        }
        for (Element p : children(ia, "nvpair")) {
            if (name.equals(p.getAttribute("name"))) {
                ia.removeChild(p);
            }
        }
        if (value != null) {
            Element p = doc.createElement("nvpair");
            p.setAttribute("id", ia.getAttribute("id") + "-" + name.replaceAll("[^A-Za-z0-9_.-]", "."));
            p.setAttribute("name", name);
            p.setAttribute("value", value);
            ia.appendChild(p);
        }
    }

    /** The names of a node's transient attributes. */
    public List<String> transientAttributeNames(String uname) {
        List<String> names = new ArrayList<>();
        findNodeState(uname).ifPresent(ns -> {
            Element ta = first(ns, "transient_attributes");
            Element ia = ta == null ? null : first(ta, "instance_attributes");
            if (ia != null) {
                children(ia, "nvpair").forEach(p -> names.add(p.getAttribute("name")));
            }
        });
        return names;
    }

    /** The uname of every node_state. */
    public List<String> nodeStates() {
        return children(child(root(), "status"), "node_state").stream().map(e -> e.getAttribute("uname")).toList();
    }

    private String nodeId(String uname) {
        Element nodes = first(child(root(), "configuration"), "nodes");
        if (nodes != null) {
            for (Element n : children(nodes, "node")) {
                if (uname.equals(n.getAttribute("uname"))) {
                    return n.getAttribute("id");
                }
            }
        }
        return uname;
    }

    private static void set(Element e, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            e.setAttribute(pairs[i], pairs[i + 1]);
        }
    }

    static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void removeChildren(Element parent, String name) {
        children(parent, name).forEach(parent::removeChild);
    }

    static List<Element> children(Element parent, String name) {
        return DomElements.children(parent, name);
    }

    static Element first(Element parent, String name) {
        return DomElements.child(parent, name);
    }

    private Element child(Element parent, String name) {
        Element e = first(parent, name);
        if (e == null) {
            e = doc.createElement(name);
            parent.appendChild(e);
        }
        return e;
    }
}
