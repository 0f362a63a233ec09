package org.jcrm.grammar.printer;

import java.util.Map;

/**
 * A set of name/value pairs (params, meta, utilization, attributes ...) in crm syntax:
 * {@code keyword [$id-ref=R] [score:] [rule ...] name=value ...}.
 */
final class AttributeSetText {
    private AttributeSetText() {
    }

    /** The set {@code set} introduced by {@code keyword}. */
    static String of(String keyword, XmlElement set, ShowContext context) {
        StringBuilder b = new StringBuilder(64).append(keyword).append(' ');
        String ref = set.attr("id-ref");
        if (ref != null) {
            b.append(CliSyntax.nvpair("$id-ref", ref)).append(' ');
        }
        String tag = set.name();
        if (tag.equals("docker") || tag.equals("network")) {
            appendAttributes(set.attributes(), b);
        }
        if (tag.equals("primitive")) {
            b.append(set.attr("id"));
        }
        for (String mapping : new String[] {"port-mapping", "storage-mapping"}) {
            for (XmlElement m : set.children(mapping)) {
                b.append(mapping).append(' ');
                appendAttributes(m.attributes(), b);
            }
        }
        String score = set.attr("score");
        if (score != null) {
            b.append(score).append(": ");
        }
        for (XmlElement c : set.children()) {
            if (c.name().equals("rule")) {
                b.append("rule ").append(RuleText.rule(c)).append(' ');
            }
        }
        for (XmlElement c : set.children()) {
            if (c.name().equals("nvpair")) {
                b.append(nvpair(c, context)).append(' ');
            }
        }
        if (b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    /**
     * One nvpair element: {@code name=value}, {@code name}, or a reference {@code @id[:name]};
     * values of names the context obscures print as {@code ******}.
     */
    static String nvpair(XmlElement nv, ShowContext context) {
        String ref = nv.attr("id-ref");
        String name = nv.attr("name");
        if (ref != null) {
            return name != null ? "@" + ref + ":" + name : "@" + ref;
        }
        String value = nv.attr("value");
        if (value != null && context.obscured().hides(name)) {
            value = ObscuredNames.MASK;
        }
        return CliSyntax.nvpair(name, value);
    }

    private static void appendAttributes(Map<String, String> attributes, StringBuilder b) {
        attributes.forEach((k, v) -> b.append(CliSyntax.nvpair(k, v)).append(' '));
    }
}
