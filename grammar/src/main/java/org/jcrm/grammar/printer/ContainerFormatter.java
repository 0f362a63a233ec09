package org.jcrm.grammar.printer;

/** {@code group|clone|ms ID CHILD...} with params and meta; the children print on their own. */
final class ContainerFormatter implements ObjectFormatter {
    private final String keyword;

    ContainerFormatter(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String head(XmlElement e, ShowContext context) {
        StringBuilder children = new StringBuilder();
        for (XmlElement c : e.children()) {
            if (c.name().equals("primitive") || c.name().equals("group")) {
                if (children.length() > 0) {
                    children.append(' ');
                }
                children.append(c.attr("id"));
            }
        }
        return keyword + " " + e.attr("id") + " " + children;
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "instance_attributes" -> AttributeSetText.of("params", c, context);
            case "meta_attributes" -> AttributeSetText.of("meta", c, context);
            default -> null;
        };
    }
}
