package org.jcrm.shell.configure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcrm.engine.cib.Cib;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code rename OLD NEW}: gives an object a new id and makes everything that names it follow:
 * constraints ({@code rsc}, {@code with-rsc}, {@code first}, {@code then}, resource sets), groups,
 * clones and tags (by their references), templates and fencing levels. Ids of the object's own
 * sub-elements stay as they are, as crmsh leaves them.
 */
final class Renamer {
    /** Attributes whose value is the id of another object. */
    private static final Set<String> REFERENCES = Set.of("rsc", "with-rsc", "first", "then", "template");
    /** Sections whose children are the objects notes name, and the crm names of their tags. */
    private static final Set<String> SECTIONS = Set.of("resources", "constraints", "tags", "fencing-topology");
    private static final Map<String, String> CRM_NAMES = Map.of("rsc_location", "location",
            "rsc_colocation", "colocation", "rsc_order", "order", "fencing-level", "fencing_topology");

    private Renamer() {
    }

    /**
     * Renames {@code from} to {@code to} and returns a note per object that followed, e.g.
     * {@code modified location:web-on-node1 from web to www}.
     */
    static List<String> rename(Cib cib, String from, String to) {
        if (cib.findById(from).isEmpty()) {
            throw WorkingCib.noSuchObject(from);
        }
        if (cib.findById(to).isPresent()) {
            throw new CliException(ExitCode.DATA_ERROR, "object " + to + " already exists");
        }
        if (!to.matches("[A-Za-z_][A-Za-z0-9_.:-]*")) {
            throw new CliException(ExitCode.USAGE, "'" + to + "' is not a valid id");
        }
        Set<String> notes = new LinkedHashSet<>();
        ConfigurationDom.edit(cib, root -> visit(ConfigurationDom.configuration(root), null, from, to, notes),
                order -> order.renamed(from, to));
        return List.copyOf(notes);
    }

    /** Renames in {@code element} and below; {@code object} is the top-level object it belongs to. */
    private static void visit(Element element, Element object, String from, String to, Set<String> notes) {
        boolean isObject = element.getParentNode() instanceof Element parent && SECTIONS.contains(parent.getTagName());
        Element owner = isObject ? element : object;
        // The object renamed may sit inside a group or clone: that container holds it, it does not
        // refer to it, so (as in crmsh) it is not reported as modified.
        if (from.equals(element.getAttribute("id"))) {
            element.setAttribute("id", to);
        }
        for (String name : REFERENCES) {
            if (from.equals(element.getAttribute(name))) {
                element.setAttribute(name, to);
                note(owner, from, to, notes);
            }
        }
        String devices = element.getAttribute("devices");
        if (Arrays.asList(devices.split(",")).contains(from)) {
            element.setAttribute("devices", Arrays.stream(devices.split(","))
                    .map(d -> d.equals(from) ? to : d).collect(Collectors.joining(",")));
            note(owner, from, to, notes);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, owner, from, to, notes);
            }
        }
    }

    private static void note(Element owner, String from, String to, Set<String> notes) {
        if (owner != null && !to.equals(owner.getAttribute("id"))) {
            String type = CRM_NAMES.getOrDefault(owner.getTagName(), owner.getTagName());
            String id = owner.getTagName().equals("fencing-level") ? owner.getAttribute("target") : owner.getAttribute("id");
            notes.add("modified " + type + ":" + id + " from " + from + " to " + to);
        }
    }
}
