package org.jcrm.engine.simulate;

import java.nio.file.Path;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.scheduler.CibDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The what-if edits crm_simulate makes to a CIB's status before scheduling: nodes coming up, going
 * down or failing, and injected operation results ({@code RSC_OP_INTERVAL@NODE=RC}).
 */
public final class CibEdits {
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

    public static void nodeUp(Document doc, String uname) {
        Element ns = nodeState(doc, uname);
        ns.setAttribute("in_ccm", "true");
        ns.setAttribute("crmd", "online");
        ns.setAttribute("join", "member");
        ns.setAttribute("expected", "member");
    }

    public static void nodeDown(Document doc, String uname) {
        Element ns = nodeState(doc, uname);
        ns.setAttribute("in_ccm", "false");
        ns.setAttribute("crmd", "offline");
        ns.setAttribute("join", "down");
        ns.setAttribute("expected", "down");
    }

    public static void nodeFail(Document doc, String uname) {
        Element ns = nodeState(doc, uname);
        ns.setAttribute("in_ccm", "false");
        ns.setAttribute("crmd", "offline");
        ns.setAttribute("join", "down");
        ns.setAttribute("expected", "member");
    }

    /** Applies "RSC_TASK_INTERVAL@NODE=RC" by recording that result in the node's history. */
    public static void injectOp(Document doc, String spec, int fallbackRc) {
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
        Element lrmRsc = lrmResource(doc, node, rsc);
        recordOp(lrmRsc, rsc, task, interval, rc);
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
        String id = rsc + "_" + task + "_" + interval;
        op.setAttribute("id", id);
        op.setAttribute("operation_key", id);
        op.setAttribute("operation", task);
        op.setAttribute("interval", interval);
        op.setAttribute("call-id", Integer.toString(callId));
        op.setAttribute("rc-code", Integer.toString(rc));
        op.setAttribute("op-status", "0");
        String expected = task.equals("monitor") && interval.equals("0") ? "7" : "0";
        op.setAttribute("transition-key", "0:0:" + expected + ":00000000-0000-0000-0000-000000000000");
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

    private static Element childOrNew(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }
}
