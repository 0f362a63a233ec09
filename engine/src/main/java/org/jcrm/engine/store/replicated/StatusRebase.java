package org.jcrm.engine.store.replicated;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.cib.CibXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Lets a configuration change read before the cluster recorded some operation results still be
 * committed: when everything that changed since its base is in the status section, and the change
 * itself leaves the status section as it read it, the change applies unchanged on top of the
 * current status. Any other overlap stays a conflict.
 */
final class StatusRebase {
    /** Root attributes that change with every commit and say nothing about the content. */
    private static final Set<String> VERSION_ATTRIBUTES = Set.of("admin_epoch", "epoch", "num_updates", "cib-last-written");

    private StatusRebase() {
    }

    /** {@code updated} with {@code held}'s status, if the two changes since {@code base} do not overlap. */
    static Optional<String> rebase(String baseXml, String heldXml, String updatedXml) {
        Document base = parse(baseXml);
        Document held = parse(heldXml);
        Document updated = parse(updatedXml);
        if (!withoutStatus(base).isEqualNode(withoutStatus(held))
                || !sameNode(status(base), status(updated))) {
            return Optional.empty();
        }
        Element root = updated.getDocumentElement();
        Element oldStatus = status(updated);
        Element heldStatus = status(held);
        if (oldStatus != null) {
            root.removeChild(oldStatus);
        }
        if (heldStatus != null) {
            root.appendChild(updated.importNode(heldStatus, true));
        }
        return Optional.of(write(updated));
    }

    private static boolean sameNode(Element a, Element b) {
        return a == null ? b == null : b != null && a.isEqualNode(b);
    }

    private static Element withoutStatus(Document doc) {
        Element root = (Element) doc.getDocumentElement().cloneNode(true);
        VERSION_ATTRIBUTES.forEach(root::removeAttribute);
        for (Node n = root.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && e.getTagName().equals("status")) {
                root.removeChild(n);
            }
            n = next;
        }
        root.normalize();
        return root;
    }

    private static Element status(Document doc) {
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("status")) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read CIB XML: " + e.getMessage(), e);
        }
    }

    private static String write(Document doc) {
        return CibXml.toXml(doc);
    }
}
