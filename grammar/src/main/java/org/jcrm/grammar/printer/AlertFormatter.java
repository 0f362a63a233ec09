package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/** {@code alert ID PATH} with attributes, meta, {@code select ...} and {@code to RECIPIENT ...} parts. */
final class AlertFormatter implements ObjectFormatter {
    @Override
    public String head(XmlElement e, ShowContext context) {
        return "alert " + e.attr("id") + " " + CliSyntax.quote(String.valueOf(e.attr("path")));
    }

    @Override
    public String child(XmlElement owner, XmlElement c, ShowContext context) {
        return switch (c.name()) {
            case "instance_attributes" -> AttributeSetText.of("attributes", c, context);
            case "meta_attributes" -> AttributeSetText.of("meta", c, context);
            case "select" -> select(c);
            case "recipient" -> recipient(owner, c, context);
            default -> null;
        };
    }

    private static String select(XmlElement select) {
        List<String> r = new ArrayList<>();
        r.add("select");
        for (XmlElement s : select.children()) {
            if (!s.name().startsWith("select_")) {
                continue;
            }
            r.add(s.name().substring("select_".length()));
            if (s.name().equals("select_attributes")) {
                r.add("{");
                for (XmlElement a : s.children("attribute")) {
                    r.add(a.attr("name"));
                }
                r.add("}");
            }
        }
        return String.join(" ", r);
    }

    /** Recipients need braces when attribute sets of the alert itself follow the first recipient. */
    static String recipient(XmlElement alert, XmlElement recipient, ShowContext context) {
        boolean complex = setsFollowRecipient(alert);
        List<String> r = new ArrayList<>();
        r.add("to");
        if (complex) {
            r.add("{");
        }
        r.add(CliSyntax.quote(String.valueOf(recipient.attr("value"))));
        for (XmlElement set : recipient.children()) {
            if (set.name().equals("instance_attributes")) {
                r.add(AttributeSetText.of("attributes", set, context));
            } else if (set.name().equals("meta_attributes")) {
                r.add(AttributeSetText.of("meta", set, context));
            }
        }
        if (complex) {
            r.add("}");
        }
        return String.join(" ", r);
    }

    /** True when an attribute set of the alert itself comes after its first recipient. */
    private static boolean setsFollowRecipient(XmlElement alert) {
        boolean afterRecipient = false;
        for (XmlElement c : alert.children()) {
            if (c.name().equals("recipient")) {
                afterRecipient = true;
            } else if (afterRecipient
                    && (c.name().equals("instance_attributes") || c.name().equals("meta_attributes"))) {
                return true;
            }
        }
        return false;
    }
}
