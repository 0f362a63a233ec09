package org.jcrm.grammar.printer;

/** {@code property|rsc_defaults|op_defaults ID:} followed by one part per rule and per nvpair. */
final class PropertySetFormatter implements ObjectFormatter {
    private final String keyword;

    PropertySetFormatter(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        String id = e.attr("id");
        if (id == null) {
            id = switch (keyword) {
                case "rsc_defaults" -> "rsc-options";
                case "op_defaults" -> "op-options";
                default -> "cib-bootstrap-options";
            };
        }
        return keyword + " " + (CliSyntax.isPlain(id) ? id + ":" : "$id=\"" + id + "\"");
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "rule" -> "rule " + RuleText.rule(c);
            case "nvpair" -> AttributeSetText.nvpair(c, context);
            default -> null;
        };
    }
}
