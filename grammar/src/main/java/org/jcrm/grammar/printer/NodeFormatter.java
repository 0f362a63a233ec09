package org.jcrm.grammar.printer;

/** {@code node [ID:] UNAME[:TYPE]} with {@code attributes} and {@code utilization} sets. */
final class NodeFormatter implements ObjectFormatter {
    @Override
    public String head(XmlElement e, ShowContext context) {
        String uname = e.attr("uname");
        String id = e.attr("id") != null ? e.attr("id") : uname;
        StringBuilder s = new StringBuilder("node");
        if (!id.equals(uname)) {
            s.append(CliSyntax.isPlain(id) ? " " + id + ":" : " $id=\"" + id + "\"");
        }
        s.append(' ').append(uname);
        String type = e.attr("type");
        if (type != null && !type.isEmpty() && !type.equals("normal")) {
            s.append(':').append(type);
        }
        return s.toString();
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "instance_attributes" -> AttributeSetText.of("attributes", c, context);
            case "utilization" -> AttributeSetText.of("utilization", c, context);
            default -> null;
        };
    }
}
