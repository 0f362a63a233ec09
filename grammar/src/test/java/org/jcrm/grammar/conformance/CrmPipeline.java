package org.jcrm.grammar.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Node;
import org.jcrm.engine.cib.Nodes;
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
import org.jcrm.grammar.mapper.StatementElement;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.printer.XmlElement;
import org.jcrm.grammar.printer.XmlElementReader;

/** crm text through jcrm's parser and mapper into CIB XML, as the conformance cases need it. */
final class CrmPipeline {
    /** The id crm text gives the fencing topology, which has no id attribute in the CIB. */
    static final String FENCING_TOPOLOGY = "fencing_topology";

    private static final Cib UNIT_TEST_CIB = unitTestCib();

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
     * What crmsh's parser makes of each statement of {@code text} on its own, parsed in the context
     * of crmsh's unit-test CIB: jcrm's {@link CibMapper#element} in crmsh's form, where the members a
     * container names are {@code <crmsh-ref id=.../>} placeholders after its own children and a
     * monitor op carries its resource as {@code rsc}.
     */
    List<XmlElement> statements(String text, String source) {
        List<XmlElement> out = new ArrayList<>();
        for (ObjectDef statement : parse(text, source).objects()) {
            StatementElement built = mapper.element(UNIT_TEST_CIB, statement);
            XmlElement e = XmlElementReader.parse(CibXml.elementToXml(built.element()), source);
            if (statement instanceof MonitorDef) {
                e.set("rsc", built.references().get(0));
            } else {
                built.references().forEach(ref -> e.add(new XmlElement("crmsh-ref").set("id", ref)));
            }
            out.add(e);
        }
        return out;
    }

    /** {@link #unitTestCib()} as an XML tree. */
    static XmlElement unitTestCibXml() {
        return XmlElementReader.parse(CibXml.toXml(UNIT_TEST_CIB), "crmsh unit-test CIB");
    }

    /**
     * The CIB crmsh's unit tests run against, as far as statements and their printing depend on
     * it: nodes ha-one, ha-two and ha-three.
     */
    static Cib unitTestCib() {
        Cib cib = Cib.empty();
        Nodes nodes = cib.getConfiguration().childrenOf(Nodes.class).stream().findFirst()
                .orElseGet(() -> cib.getConfiguration().add(new Nodes()));
        for (String name : List.of("ha-one", "ha-two", "ha-three")) {
            nodes.add(new Node().setId(name).setUname(name));
        }
        return cib;
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
}
