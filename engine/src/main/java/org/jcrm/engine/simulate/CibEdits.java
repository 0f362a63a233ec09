package org.jcrm.engine.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.DomElements;
import org.jcrm.engine.scheduler.CibDocuments;
import org.jcrm.engine.scheduler.SplitCib;
import org.jcrm.engine.scheduler.status.NodeStateEntry;
import org.jcrm.engine.scheduler.status.OpFields;
import org.jcrm.engine.scheduler.status.RecordedOp;
import org.jcrm.engine.scheduler.status.ResourceHistory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The what-if edits crm_simulate makes to a CIB's status before scheduling: nodes coming up, going
 * down or failing, and injected operation results ({@code RSC_OP_INTERVAL@NODE=RC}).
 */
public final class CibEdits {
    /** What happens to a node: the membership attributes its node_state then has. */
    public enum NodeChange {
        UP("true", "online", "member", "member"),
        DOWN("false", "offline", "down", "down"),
        FAILED("false", "offline", "down", "member");

        private final Map<String, String> attributes = new LinkedHashMap<>();

        NodeChange(String inCcm, String crmd, String join, String expected) {
            attributes.put("in_ccm", inCcm);
            attributes.put("crmd", crmd);
            attributes.put("join", join);
            attributes.put("expected", expected);
        }
    }

    private CibEdits() {
    }

    /** Reads a CIB file into a DOM document. */
    public static Document read(Path file) {
        return CibDocuments.parse(file);
    }

    public static Document parse(String xml) {
        return CibDocuments.parse(xml);
    }

    public static String toXml(Document doc) {
        return CibXml.toXml(doc);
    }

    /** Sets a node's membership in the document's status (adding its node_state if it has none). */
    public static void change(Document doc, String uname, NodeChange change) {
        change.attributes.forEach(nodeState(doc, uname)::setAttribute);
    }

    /** Applies "RSC_TASK_INTERVAL@NODE=RC" by recording that result in the node's history. */
    public static void injectOp(Document doc, String spec, int fallbackRc) {
        Injection op = Injection.parse(spec, fallbackRc);
        recordOp(lrmResource(doc, op.node(), op.rsc()), op.rsc(), op.task(), op.interval(), op.rc());
    }

    /** Sets a node's membership in a CIB read for scheduling, as {@link #change(Document, String, NodeChange)}. */
    public static void change(SplitCib cib, String uname, NodeChange change) {
        nodeState(cib, uname).attributes().putAll(change.attributes);
    }

    /** Records an injected result in a CIB read for scheduling, as {@link #injectOp(Document, String, int)}. */
    public static void injectOp(SplitCib cib, String spec, int fallbackRc) {
        Injection op = Injection.parse(spec, fallbackRc);
        NodeStateEntry node = nodeState(cib, op.node());
        ResourceHistory history = null;
        for (ResourceHistory r : node.resources()) {
            if (op.rsc().equals(r.id())) {
                history = r;
                break;
            }
        }
        if (history == null) {
            Element prim = primitive(cib.document().getDocumentElement(), op.rsc());
            history = new ResourceHistory(op.rsc(), attr(prim, "class"), attr(prim, "provider"), attr(prim, "type"),
                    new ArrayList<>());
            node.resources().add(history);
        }
        long callId = 1;
        for (RecordedOp recorded : history.ops()) {
            callId = Math.max(callId, recorded.callId() + 1);
        }
        OpFields fields = new OpFields();
        op.attributes(callId).forEach(fields::put);
        history.ops().add(RecordedOp.of(fields));
    }

    private static NodeStateEntry nodeState(SplitCib cib, String uname) {
        NodeStateEntry ns = cib.status().node(uname);
        if (ns == null) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("id", nodeId(cib.document().getDocumentElement(), uname));
            attributes.put("uname", uname);
            ns = new NodeStateEntry(attributes, new LinkedHashMap<>(), new ArrayList<>());
            cib.status().nodes().add(ns);
        }
        return ns;
    }

    private static String attr(Element e, String name) {
        return e == null || !e.hasAttribute(name) ? null : e.getAttribute(name);
    }

    static void recordOp(Element lrmRsc, String rsc, String task, String interval, int rc) {
        Document doc = lrmRsc.getOwnerDocument();
        int callId = 1;
        for (Node n = lrmRsc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.hasAttribute("call-id")) {
                try {
                    callId = Math.max(callId, Integer.parseInt(e.getAttribute("call-id")) + 1);
                } catch (NumberFormatException ignored) {
                    // a malformed call-id does not stop the injection
                }
            }
        }
        Element op = doc.createElement("lrm_rsc_op");
        new Injection(rsc, task, interval, null, rc).attributes(callId).forEach(op::setAttribute);
        lrmRsc.appendChild(op);
    }

    static Element nodeState(Document doc, String uname) {
        Element cib = doc.getDocumentElement();
        Element status = childOrNew(cib, "status");
        for (Node n = status.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("node_state") && uname.equals(e.getAttribute("uname"))) {
                return e;
            }
        }
        Element ns = doc.createElement("node_state");
        ns.setAttribute("id", nodeId(cib, uname));
        ns.setAttribute("uname", uname);
        status.appendChild(ns);
        return ns;
    }

    private static String nodeId(Element cib, String uname) {
        var nodes = cib.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (uname.equals(n.getAttribute("uname"))) {
                return n.getAttribute("id");
            }
        }
        return uname;
    }

    static Element lrmResource(Document doc, String node, String rsc) {
        Element ns = nodeState(doc, node);
        Element lrm = childOrNew(ns, "lrm");
        if (!lrm.hasAttribute("id")) {
            lrm.setAttribute("id", ns.getAttribute("id"));
        }
        Element resources = childOrNew(lrm, "lrm_resources");
        for (Node n = resources.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("lrm_resource") && rsc.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        Element r = doc.createElement("lrm_resource");
        r.setAttribute("id", rsc);
        Element prim = primitive(doc.getDocumentElement(), rsc);
        for (String a : new String[] {"class", "provider", "type"}) {
            if (prim != null && prim.hasAttribute(a)) {
                r.setAttribute(a, prim.getAttribute(a));
            }
        }
        resources.appendChild(r);
        return r;
    }

    private static Element primitive(Element cib, String rsc) {
        String base = rsc.contains(":") ? rsc.substring(0, rsc.lastIndexOf(':')) : rsc;
        var prims = cib.getElementsByTagName("primitive");
        for (int i = 0; i < prims.getLength(); i++) {
            Element p = (Element) prims.item(i);
            if (base.equals(p.getAttribute("id"))) {
                return p;
            }
        }
        return null;
    }

    /** An operation result to record: what "RSC_TASK_INTERVAL@NODE=RC" says. */
    private record Injection(String rsc, String task, String interval, String node, int rc) {
        static Injection parse(String spec, int fallbackRc) {
            int at = spec.lastIndexOf('@');
            if (at < 0) {
                throw new IllegalArgumentException("bad operation '" + spec + "': expected RSC_TASK_INTERVAL@NODE=RC");
            }
            String key = spec.substring(0, at);
            String rest = spec.substring(at + 1);
            int eq = rest.indexOf('=');
            String node = eq < 0 ? rest : rest.substring(0, eq);
            int rc = eq < 0 ? fallbackRc : Integer.parseInt(rest.substring(eq + 1).trim());
            String[] parts = key.split("_");
            if (parts.length < 3) {
                throw new IllegalArgumentException("bad operation key '" + key + "': expected RSC_TASK_INTERVAL");
            }
            String interval = parts[parts.length - 1];
            String task = parts[parts.length - 2];
            String rsc = key.substring(0, key.length() - task.length() - interval.length() - 2);
            return new Injection(rsc, task, interval, node, rc);
        }

        /** The attributes of the lrm_rsc_op that records it with call id {@code callId}. */
        Map<String, String> attributes(long callId) {
            Map<String, String> out = new LinkedHashMap<>();
            String id = rsc + "_" + task + "_" + interval;
            out.put("id", id);
            out.put("operation_key", id);
            out.put("operation", task);
            out.put("interval", interval);
            out.put("call-id", Long.toString(callId));
            out.put("rc-code", Integer.toString(rc));
            out.put("op-status", "0");
            String expected = task.equals("monitor") && interval.equals("0") ? "7" : "0";
            out.put("transition-key", "0:0:" + expected + ":00000000-0000-0000-0000-000000000000");
            return out;
        }
    }

    private static Element childOrNew(Element parent, String name) {
        Element e = DomElements.child(parent, name);
        if (e == null) {
            e = parent.getOwnerDocument().createElement(name);
            parent.appendChild(e);
        }
        return e;
    }
}
