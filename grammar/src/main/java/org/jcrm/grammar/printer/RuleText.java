package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rules and their expressions in crm syntax ({@code $role=R score: a eq b and date gt X}). */
final class RuleText {
    private RuleText() {
    }

    static String rule(XmlElement rule) {
        String ref = rule.attr("id-ref");
        if (ref != null) {
            return CliSyntax.nvpair("$id-ref", ref);
        }
        List<String> s = new ArrayList<>();
        String role = rule.attr("role");
        if (role != null) {
            s.add(CliSyntax.nvpair("$role", role));
        }
        if (!"INFINITY".equals(rule.attr("score"))) {
            String score = CliSyntax.score(rule);
            if (!score.isEmpty()) {
                s.add(score + ":");
            }
        }
        s.add(expressions(rule));
        return String.join(" ", s);
    }

    private static String expressions(XmlElement rule) {
        String op = rule.attr("boolean-op");
        String joint = " " + (op == null ? "and" : op) + " ";
        StringBuilder b = new StringBuilder();
        for (XmlElement c : rule.children()) {
            String text = switch (c.name()) {
                case "expression" -> expression(c);
                case "date_expression" -> dateExpression(c);
                default -> null;
            };
            if (text != null) {
                if (b.length() > 0) {
                    b.append(joint);
                }
                b.append(text);
            }
        }
        return b.toString();
    }

    private static String expression(XmlElement e) {
        String operation = e.attr("operation");
        String type = e.attr("type");
        if (type != null) {
            operation = type + ":" + operation;
        }
        String attribute = e.attr("attribute");
        String value = e.attr("value");
        if (value == null || value.isEmpty()) {
            return operation + " " + attribute;
        }
        String source = e.attr("value-source");
        if (source == null || source.equals("literal")) {
            return attribute + " " + operation + " " + value;
        }
        return attribute + " " + operation + " " + source + "{" + value + "}";
    }

    private static String dateExpression(XmlElement e) {
        String operation = e.attr("operation");
        List<String> l = new ArrayList<>();
        l.add("date");
        l.add(switch (String.valueOf(operation)) {
            case "in_range" -> "in";
            case "date_spec" -> "spec";
            default -> String.valueOf(operation);
        });
        String lower = operation == null ? "" : operation.toLowerCase(Locale.ROOT);
        if (lower.equals("lt") || lower.equals("gt")) {
            String value = e.attr(lower.equals("lt") ? "end" : "start");
            l.add(value == null ? "" : CliSyntax.quote(value));
            return String.join(" ", l);
        }
        if ("in_range".equals(operation)) {
            for (String bound : new String[] {"start", "end"}) {
                if (e.has(bound)) {
                    l.add(CliSyntax.nvpair(bound, e.attr(bound)));
                }
            }
        }
        for (XmlElement c : e.children()) {
            if (c.name().equals("duration") || c.name().equals("date_spec")) {
                c.attributes().forEach((k, v) -> {
                    if (!k.equals("id")) {
                        l.add(CliSyntax.nvpair(k, v));
                    }
                });
            }
        }
        return String.join(" ", l);
    }
}
