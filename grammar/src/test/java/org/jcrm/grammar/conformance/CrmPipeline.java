package org.jcrm.grammar.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.FencingTopologyDef;
import org.jcrm.grammar.ast.MonitorDef;
import org.jcrm.grammar.ast.NodeDef;
import org.jcrm.grammar.ast.ObjectDef;
import org.jcrm.grammar.ast.OpDefaultsDef;
import org.jcrm.grammar.ast.PropertyDef;
import org.jcrm.grammar.ast.RscDefaultsDef;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.printer.XmlElement;
import org.jcrm.grammar.printer.XmlElementReader;

/** crm text through jcrm's parser and mapper into CIB XML, as the conformance cases need it. */
final class CrmPipeline {
    /** The id crm text gives the fencing topology, which has no id attribute in the CIB. */
    static final String FENCING_TOPOLOGY = "fencing_topology";

    private final CrmText parser = new CrmText();
    private final CibMapper mapper =
            new CibMapper(ProviderResolver.installedUnder(Path.of("/usr/lib/ocf/resource.d")));

    ConfigScript parse(String text, String source) {
        return parser.parse(text, source);
    }

    /** {@code text} applied to {@code cib} with {@code load update} semantics, as an XML tree. */
    XmlElement apply(Cib cib, String text, String source) {
        mapper.update(cib, parse(text, source));
        return XmlElementReader.parse(CibXml.toXml(cib), source);
    }

    /** {@code text} mapped into an empty CIB, as an XML tree. */
    XmlElement toCib(String text, String source) {
        return apply(Cib.empty(), text, source);
    }

    /**
     * The id under which the last object of {@code text} lands in the CIB: its id, a node's uname,
     * or the default id of an unnamed property, rsc_defaults or op_defaults set.
     */
    String lastObjectId(String text, String source) {
        List<ObjectDef> objects = parse(text, source).objects();
        return objects.isEmpty() ? null : keyOf(objects.get(objects.size() - 1));
    }

    /**
     * The element each object of {@code text} became in {@code cib}, in script order (null where
     * none is found); a {@code monitor} line gives its {@code op}.
     */
    List<XmlElement> objectElements(XmlElement cib, String text, String source) {
        List<XmlElement> elements = new ArrayList<>();
        for (ObjectDef object : parse(text, source).objects()) {
            if (object instanceof MonitorDef monitor) {
                XmlElement rsc = findObject(cib, monitor.rsc());
                elements.add(rsc == null ? null : last(named(rsc, "op").stream()
                        .filter(op -> "monitor".equals(op.attr("name")) && monitor.interval().equals(op.attr("interval")))
                        .toList()));
            } else {
                String key = keyOf(object);
                elements.add(key == null ? null : findObject(cib, key));
            }
        }
        return elements;
    }

    private static String keyOf(ObjectDef last) {
        if (last.id() != null) {
            return last.id();
        }
        if (last instanceof NodeDef node) {
            return node.uname();
        }
        if (last instanceof FencingTopologyDef) {
            return FENCING_TOPOLOGY;
        }
        if (last instanceof PropertyDef) {
            return "cib-bootstrap-options";
        }
        if (last instanceof RscDefaultsDef) {
            return "rsc-options";
        }
        if (last instanceof OpDefaultsDef) {
            return "op-options";
        }
        return null;
    }

    /**
     * A copy of {@code e} in the form of crmsh's parser output, where the children of a group,
     * clone or ms are {@code <crmsh-ref id=.../>} placeholders (crmsh moves the resources in later).
     */
    static XmlElement asParserOutput(XmlElement e) {
        XmlElement copy = new XmlElement(e.name());
        e.attributes().forEach(copy::set);
        boolean container = e.name().equals("group") || e.name().equals("clone") || e.name().equals("master");
        for (XmlElement c : e.children()) {
            if (c.isComment()) {
                copy.add(XmlElement.comment(c.text()));
            } else if (container && (c.name().equals("primitive") || c.name().equals("group"))) {
                copy.add(new XmlElement("crmsh-ref").set("id", c.attr("id")));
            } else {
                copy.add(asParserOutput(c));
            }
        }
        return copy;
    }

    /**
     * The element with attribute {@code id} (or a node with that uname, or the fencing-topology);
     * rsc/op defaults sets give their section. An unnamed property or defaults set with a rule gets
     * a generated id, so for the default ids the last set of that section is taken.
     */
    static XmlElement findObject(XmlElement root, String id) {
        if (id.equals(FENCING_TOPOLOGY)) {
            List<XmlElement> topology = named(root, "fencing-topology");
            return topology.isEmpty() ? null : topology.get(0);
        }
        XmlElement found = find(root, id, new ArrayList<>());
        if (found != null) {
            return found;
        }
        return switch (id) {
            case "cib-bootstrap-options" -> last(named(root, "cluster_property_set"));
            case "rsc-options" -> last(named(root, "rsc_defaults"));
            case "op-options" -> last(named(root, "op_defaults"));
            default -> null;
        };
    }

    private static XmlElement last(List<XmlElement> elements) {
        return elements.isEmpty() ? null : elements.get(elements.size() - 1);
    }

    private static XmlElement find(XmlElement e, String id, List<XmlElement> path) {
        if (!e.isComment() && (id.equals(e.attr("id")) || (e.name().equals("node") && id.equals(e.attr("uname"))))) {
            XmlElement parent = path.isEmpty() ? null : path.get(path.size() - 1);
            if (parent != null && (parent.name().equals("rsc_defaults") || parent.name().equals("op_defaults"))) {
                return parent;
            }
            return e;
        }
        path.add(e);
        for (XmlElement c : e.children()) {
            XmlElement found = find(c, id, path);
            if (found != null) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    /** Elements named {@code name} anywhere under {@code root}, in document order. */
    static List<XmlElement> named(XmlElement root, String name) {
        List<XmlElement> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    private static void collect(XmlElement e, String name, List<XmlElement> out) {
        if (e.name().equals(name)) {
            out.add(e);
        }
        for (XmlElement c : e.children()) {
            collect(c, name, out);
        }
    }
}
