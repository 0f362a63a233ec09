package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code primitive ID AGENT} or {@code rsc_template ID AGENT} with params, meta, utilization and
 * operations. The agent is written without class and provider when the provider is heartbeat
 * (or the class is ocf with no provider), as crmsh does.
 */
final class PrimitiveFormatter implements ObjectFormatter {
    private final String keyword;
    private final OpFormatter ops = new OpFormatter();

    PrimitiveFormatter(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        String template = keyword.equals("primitive") ? e.attr("template") : null;
        String agent = template != null ? "@" + template : agent(e);
        return keyword + " " + e.attr("id") + " " + agent;
    }

    static String agent(XmlElement e) {
        String type = e.attr("type");
        String cls = e.attr("class");
        String provider = e.attr("provider");
        boolean unique = (cls == null && provider == null)
                || ("ocf".equals(cls) && provider == null) || "heartbeat".equals(provider);
        if (unique) {
            return type;
        }
        return (cls != null ? cls + ":" : "") + (provider != null ? provider + ":" : "") + type;
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "instance_attributes" -> AttributeSetText.of("params", c, context);
            case "meta_attributes" -> AttributeSetText.of("meta", c, context);
            case "utilization" -> AttributeSetText.of("utilization", c, context);
            case "operations" -> operations(c, context);
            default -> null;
        };
    }

    private String operations(XmlElement operations, ShowContext context) {
        List<String> parts = new ArrayList<>();
        String s = "";
        if (operations.attr("id") != null) {
            s = CliSyntax.nvpair("$id", operations.attr("id"));
        }
        if (operations.attr("id-ref") != null) {
            s = s + " " + CliSyntax.nvpair("$id-ref", operations.attr("id-ref"));
        }
        if (!s.isEmpty()) {
            parts.add("operations " + s);
        }
        for (XmlElement op : operations.children()) {
            if (!op.isComment()) {
                parts.add(ObjectText.render(ops, op, context, context.layout().breakLines ? Layout.SHOW : Layout.ONE_LINE));
            }
        }
        return CliSyntax.join(parts, context.layout().breakLines);
    }

    /** {@code op NAME attr=value ...} with {@code op_params} and {@code op_meta} sets. */
    static final class OpFormatter implements ObjectFormatter {
        @Override
        public String head(XmlElement op, ShowContext context) {
            StringBuilder s = new StringBuilder("op ").append(op.attr("name"));
            op.attributes().forEach((k, v) -> {
                if (!k.equals("name") && !k.equals("id")) {
                    s.append(' ').append(CliSyntax.nvpair(k, v));
                }
            });
            return s.toString();
        }

        @Override
        public String child(XmlElement owner, XmlElement c, ShowContext context) {
            return switch (c.name()) {
                case "instance_attributes" -> AttributeSetText.of("op_params", c, context);
                case "meta_attributes" -> AttributeSetText.of("op_meta", c, context);
                default -> null;
            };
        }
    }
}
