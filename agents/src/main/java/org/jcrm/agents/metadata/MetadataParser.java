package org.jcrm.agents.metadata;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the {@code <resource-agent>} meta-data document of OCF agents and fence agents (fence agents
 * put shortdesc in an attribute and their parameters' type in {@code <content>} the same way). The
 * DOCTYPE is not fetched: agents refer to ra-api-1.dtd, which need not exist here.
 */
public final class MetadataParser {

    /**
     * Parses {@code xml}; {@code source} names the agent in error messages.
     *
     * @throws MetadataException naming the agent, line and column of malformed XML or a wrong root
     */
    public AgentMetadata parse(String xml, String source) throws MetadataException {
        Document doc = read(xml, source);
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("resource-agent")) {
            throw new MetadataException(source + ": meta-data root element is <" + root.getTagName()
                    + ">, expected <resource-agent>");
        }
        String version = root.getAttribute("version");
        Element versionElement = child(root, "version");
        if (versionElement != null) {
            version = text(versionElement);
        }
        String shortdesc = firstNonEmpty(textOf(child(root, "shortdesc")), root.getAttribute("shortdesc"));
        return new AgentMetadata(root.getAttribute("name"), version, shortdesc,
                textOf(child(root, "longdesc")), parameters(root), actions(root));
    }

    private static Document read(String xml, String source) throws MetadataException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new MetadataException(source + ": meta-data line " + e.getLineNumber() + " column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new MetadataException(source + ": unreadable meta-data: " + e.getMessage(), e);
        }
    }

    private static List<ParameterInfo> parameters(Element root) {
        List<ParameterInfo> list = new ArrayList<>();
        Element params = child(root, "parameters");
        if (params == null) {
            return list;
        }
        for (Element p : children(params, "parameter")) {
            Element content = child(p, "content");
            String type = content == null ? "string" : firstNonEmpty(content.getAttribute("type"), "string");
            String dflt = content == null || !content.hasAttribute("default") ? null : content.getAttribute("default");
            list.add(new ParameterInfo(p.getAttribute("name"), truthy(p.getAttribute("required")),
                    truthy(p.getAttribute("unique")), type, dflt,
                    firstNonEmpty(textOf(child(p, "shortdesc")), p.getAttribute("shortdesc")),
                    textOf(child(p, "longdesc")), truthy(p.getAttribute("deprecated"))));
        }
        return list;
    }

    private static List<ActionInfo> actions(Element root) {
        List<ActionInfo> list = new ArrayList<>();
        Element actions = child(root, "actions");
        if (actions == null) {
            return list;
        }
        for (Element a : children(actions, "action")) {
            list.add(new ActionInfo(a.getAttribute("name"), attr(a, "timeout"), attr(a, "interval"),
                    attr(a, "depth"), attr(a, "role")));
        }
        return list;
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static boolean truthy(String v) {
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private static Element child(Element parent, String tag) {
        List<Element> all = children(parent, tag);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String textOf(Element e) {
        return e == null ? "" : text(e);
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }
}
