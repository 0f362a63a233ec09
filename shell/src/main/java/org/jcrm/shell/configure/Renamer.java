package org.jcrm.shell.configure;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * {@code rename OLD NEW}: gives an object a new id and makes everything that names it follow:
 * constraints ({@code rsc}, {@code with-rsc}, {@code first}, {@code then}, resource sets), groups,
 * clones and tags (by their references), templates and fencing levels. Ids of the object's own
 * sub-elements stay as they are, as crmsh leaves them.
 */
final class Renamer {
    /** Attributes whose value is the id of another object. */
    private static final Set<String> REFERENCES = Set.of("id", "rsc", "with-rsc", "first", "then", "template");

    private Renamer() {
    }

    static void rename(Cib cib, String from, String to) {
        if (cib.findById(from).isEmpty()) {
            throw WorkingCib.noSuchObject(from);
        }
        if (cib.findById(to).isPresent()) {
            throw new CliException(ExitCode.DATA_ERROR, "object " + to + " already exists");
        }
        if (!to.matches("[A-Za-z_][A-Za-z0-9_.:-]*")) {
            throw new CliException(ExitCode.USAGE, "'" + to + "' is not a valid id");
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document doc = factory.newDocumentBuilder().parse(
                    new InputSource(new StringReader(CibXml.elementToXml(cib.getConfiguration()))));
            visit(doc.getDocumentElement(), from, to);
            StringWriter xml = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(xml));
            cib.setConfiguration(CibXml.parseElement(xml.toString(), "rename", Configuration.class));
        } catch (Exception e) {
            throw new CliException(ExitCode.SOFTWARE, "cannot rename " + from + ": " + e.getMessage());
        }
    }

    private static void visit(Element element, String from, String to) {
        for (String name : REFERENCES) {
            if (from.equals(element.getAttribute(name))) {
                element.setAttribute(name, to);
            }
        }
        if (element.hasAttribute("devices")) {
            element.setAttribute("devices", Arrays.stream(element.getAttribute("devices").split(","))
                    .map(d -> d.equals(from) ? to : d).collect(Collectors.joining(",")));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, from, to);
            }
        }
    }
}
