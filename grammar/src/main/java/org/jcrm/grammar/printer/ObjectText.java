package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one object: its comments first (one per line, each starting with {@code #}), then the
 * head, the description and one part per child, joined by backslash continuations; objects crm
 * syntax cannot express print as {@code xml <...>}.
 */
final class ObjectText {
    private static final Map<ObjectKind, ObjectFormatter> FORMATTERS = new EnumMap<>(ObjectKind.class);

    static {
        FORMATTERS.put(ObjectKind.NODE, new NodeFormatter());
        FORMATTERS.put(ObjectKind.RSC_TEMPLATE, new PrimitiveFormatter("rsc_template"));
        FORMATTERS.put(ObjectKind.PRIMITIVE, new PrimitiveFormatter("primitive"));
        FORMATTERS.put(ObjectKind.BUNDLE, new BundleFormatter());
        FORMATTERS.put(ObjectKind.GROUP, new ContainerFormatter("group"));
        FORMATTERS.put(ObjectKind.MS, new ContainerFormatter("ms"));
        FORMATTERS.put(ObjectKind.CLONE, new ContainerFormatter("clone"));
        FORMATTERS.put(ObjectKind.TAG, new TagFormatter());
        FORMATTERS.put(ObjectKind.LOCATION, new LocationFormatter());
        FORMATTERS.put(ObjectKind.COLOCATION, new PairConstraintFormatter("colocation"));
        FORMATTERS.put(ObjectKind.ORDER, new PairConstraintFormatter("order"));
        FORMATTERS.put(ObjectKind.RSC_TICKET, new TicketFormatter());
        FORMATTERS.put(ObjectKind.FENCING_TOPOLOGY, new FencingTopologyFormatter());
        FORMATTERS.put(ObjectKind.PROPERTY, new PropertySetFormatter("property"));
        FORMATTERS.put(ObjectKind.RSC_DEFAULTS, new PropertySetFormatter("rsc_defaults"));
        FORMATTERS.put(ObjectKind.OP_DEFAULTS, new PropertySetFormatter("op_defaults"));
        FORMATTERS.put(ObjectKind.ROLE, new AclFormatter("role"));
        FORMATTERS.put(ObjectKind.ACL_TARGET, new AclFormatter("acl_target"));
        FORMATTERS.put(ObjectKind.ACL_GROUP, new AclFormatter("acl_group"));
        FORMATTERS.put(ObjectKind.USER, new AclFormatter("user"));
        FORMATTERS.put(ObjectKind.ALERT, new AlertFormatter());
    }

    private ObjectText() {
    }

    /** The object in crm text, laid out as the context says. */
    static String render(CibObject o, ShowContext context) {
        if (CrmSyntaxCoverage.covers(o.kind(), o.element(), context)) {
            String text = render(FORMATTERS.get(o.kind()), o.element(), context, context.layout());
            if (text != null) {
                return text;
            }
        }
        return xml(o.element(), context.layout().breakLines);
    }

    /** The element through {@code formatter}, or null when the formatter has no head for it. */
    static String render(ObjectFormatter formatter, XmlElement e, ShowContext context, Layout layout) {
        String head = formatter.head(e, context);
        if (head == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        parts.add(head);
        String description = e.attr("description");
        if (description != null && !description.isEmpty()) {
            parts.add(CliSyntax.nvpair("description", description));
        }
        for (XmlElement c : e.children()) {
            if (c.isComment()) {
                comments.add(comment(c.text()));
                continue;
            }
            String part = formatter.child(e, c, context);
            if (part != null && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String text = CliSyntax.join(parts, layout.breakLines);
        if (comments.isEmpty() || !layout.comments) {
            return text;
        }
        return String.join("\n", comments) + "\n" + text;
    }

    private static String comment(String text) {
        String t = text.strip();
        return t.startsWith("#") ? t : "# " + t;
    }

    private static String xml(XmlElement e, boolean breakLines) {
        moveCommentsUp(e);
        for (XmlElement c : e.children()) {
            if (c.isComment()) {
                c.setText(comment(c.text()));
            }
        }
        return "xml " + String.join(breakLines ? " \\\n" : " ", XmlLines.of(e));
    }

    /**
     * Moves the comments that follow the object's elements up, as crmsh does before showing it.
     * crmsh takes the index of the first element as the place to move them to, but reads an index
     * of 0 as "none yet", so when the object starts with an element they land after the second.
     */
    private static void moveCommentsUp(XmlElement e) {
        List<XmlElement> children = e.children();
        int place = -1;
        List<XmlElement> moved = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            XmlElement c = children.get(i);
            if (c.isComment()) {
                if (place > 0) {
                    moved.add(c);
                }
            } else if (place <= 0) {
                place = i;
            }
        }
        for (XmlElement c : moved) {
            children.remove(c);
            children.add(place++, c);
        }
    }
}
