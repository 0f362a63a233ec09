package org.jcrm.grammar.printer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;

/**
 * Prints a CIB configuration as crm text in crmsh's {@code configure show} layout: nodes,
 * templates, primitives, bundles, groups, ms, clones, tags, constraints, tickets and fencing,
 * properties, defaults, ACLs and alerts, each kind sorted by id. Objects crm syntax cannot
 * express print as {@code xml <...>}. The input tree is normalised in place (defaulted
 * attributes dropped), so pass a tree the caller no longer needs or a fresh parse.
 */
public final class CrmPrinter {
    /** The attributes crmsh's show hides by default (its {@code obscure_pattern}). */
    public static final List<String> DEFAULT_OBSCURED = List.of("passw*");

    private final ObscuredNames obscured;

    /** A printer that hides the values of {@link #DEFAULT_OBSCURED} attributes, as {@code show} does. */
    public CrmPrinter() {
        this(DEFAULT_OBSCURED);
    }

    /** A printer that hides the values of attributes whose names match one of {@code obscuredNames} (globs). */
    public CrmPrinter(List<String> obscuredNames) {
        this.obscured = new ObscuredNames(obscuredNames);
    }

    /** The whole configuration of {@code cib} ({@code configure show}). */
    public String print(Cib cib) {
        return print(tree(cib));
    }

    /**
     * The objects of {@code cib} chosen by {@code specs} ({@code configure show SPEC...}), in show
     * order; see {@link #print(XmlElement, List)} for the specs.
     *
     * @throws NoSuchObjectException naming the first id that matches no object
     */
    public String print(Cib cib, List<String> specs) {
        return print(tree(cib), specs);
    }

    /**
     * The object {@code id} of {@code cib} laid out as {@code layout} says, without a final newline.
     *
     * @throws NoSuchObjectException when the configuration has no object {@code id}
     */
    public String printObject(Cib cib, String id, Layout layout) {
        return printObject(tree(cib), id, layout);
    }

    private static XmlElement tree(Cib cib) {
        return XmlElementReader.parse(CibXml.toXml(cib), "cib");
    }

    /** The whole configuration of {@code cib} (a {@code cib} or {@code configuration} element). */
    public String print(XmlElement cib) {
        List<CibObject> objects = CibObjects.collect(cib);
        return render(objects, context(cib, objects, Layout.SHOW));
    }

    /** The whole configuration of the CIB XML document {@code xml}; {@code source} names it in errors. */
    public String printXml(String xml, String source) {
        return print(XmlElementReader.parse(xml, source));
    }

    /**
     * The objects chosen by {@code specs} ({@code show SPEC...}), in show order. A spec is an id
     * (a glob; nodes also match by uname), {@code type:KIND}, {@code tag:TAG}, {@code related:ID}
     * or {@code changed}; specs add up, {@code and} between two intersects them.
     *
     * @throws NoSuchObjectException naming the first id that matches no object
     */
    public String print(XmlElement cib, List<String> specs) {
        List<CibObject> objects = CibObjects.collect(cib);
        return render(new ObjectSelection(objects).select(specs), context(cib, objects, Layout.SHOW));
    }

    /**
     * One object element (a primitive, a constraint, a node, a fencing-topology ...) laid out as
     * {@code layout} says, without a final newline; child resources are not included.
     *
     * @throws IllegalArgumentException when the element is no configuration object
     */
    public String printObject(XmlElement object, Layout layout) {
        return printObject(object, object, layout);
    }

    /**
     * One object element laid out as {@code layout} says, in the context of the configuration
     * {@code cib} it belongs to (or is about to join): the CIB's nodes decide whether a
     * fencing-topology takes the short form, its schema which role names are written.
     *
     * @throws IllegalArgumentException when the element is no configuration object
     */
    public String printObject(XmlElement object, XmlElement cib, Layout layout) {
        List<CibObject> objects = CibObjects.collect(object);
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("<" + object.name() + "> is not a configuration object");
        }
        CibObject top = objects.stream().filter(o -> o.element() == object).findFirst()
                .orElse(objects.get(0));
        List<CibObject> context = cib == object ? objects : CibObjects.collect(cib);
        return ObjectText.render(top, context(cib, context, layout));
    }

    /**
     * The object {@code id} of the configuration {@code cib} laid out as {@code layout} says,
     * without a final newline (crmsh's {@code repr_cli} of one object).
     *
     * @throws NoSuchObjectException when the configuration has no object {@code id}
     */
    public String printObject(XmlElement cib, String id, Layout layout) {
        List<CibObject> objects = CibObjects.collect(cib);
        for (CibObject o : objects) {
            if (o.id().equals(id)) {
                return ObjectText.render(o, context(cib, objects, layout));
            }
        }
        throw new NoSuchObjectException(id);
    }

    private ShowContext context(XmlElement root, List<CibObject> objects, Layout layout) {
        Set<String> unames = new HashSet<>();
        for (CibObject o : objects) {
            if (o.kind() == ObjectKind.NODE) {
                unames.add(o.element().attr("uname"));
            }
        }
        return new ShowContext(unames, layout, obscured, SchemaVersion.predatesPromotedRole(root));
    }

    private static String render(List<CibObject> objects, ShowContext context) {
        StringBuilder out = new StringBuilder(objects.size() * 64);
        for (CibObject o : objects) {
            out.append(ObjectText.render(o, context)).append('\n');
        }
        return out.toString();
    }
}
