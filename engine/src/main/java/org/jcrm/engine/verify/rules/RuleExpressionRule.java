package org.jcrm.engine.verify.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Rules (in location constraints and in attribute sets): boolean operators, expression operators and
 * types, dates and date_spec fields; and rules that can never match, such as an "and" of two different
 * values for the same node attribute, or a date range that ends before it starts.
 */
public final class RuleExpressionRule implements VerifyRule {
    private static final Set<String> OPERATIONS = Set.of("lt", "gt", "lte", "gte", "eq", "ne", "defined", "not_defined");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "version");
    private static final Set<String> DATE_OPERATIONS = Set.of("in_range", "date_spec", "gt", "lt");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2}))?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|\\d{4}-\\d{3}|\\d{4}-W\\d{2}-\\d");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Map<String, int[]> DATE_SPEC_FIELDS = Map.ofEntries(
            Map.entry("hours", new int[] {0, 23}), Map.entry("minutes", new int[] {0, 59}),
            Map.entry("seconds", new int[] {0, 59}), Map.entry("monthdays", new int[] {1, 31}),
            Map.entry("weekdays", new int[] {1, 7}), Map.entry("yeardays", new int[] {1, 366}),
            Map.entry("months", new int[] {1, 12}), Map.entry("weeks", new int[] {1, 53}),
            Map.entry("years", new int[] {0, 9999}), Map.entry("weekyears", new int[] {0, 9999}),
            Map.entry("moon", new int[] {0, 7}));

    @Override
    public String name() {
        return "rule";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        Element configuration = (Element) context.cib().root().getElementsByTagName("configuration").item(0);
        for (Element rule : context.cib().elements(configuration, "rule")) {
            checkRule(rule, report);
        }
    }

    private static void checkRule(Element rule, Reporter report) {
        if (CibDocument.attr(rule, "id-ref") != null) {
            // A reference to a rule defined elsewhere (crm's "rule $id-ref=ID"), which is checked there.
            return;
        }
        String id = "rule '" + rule.getAttribute("id") + "'";
        String op = CibDocument.attr(rule, "boolean-op");
        if (op != null && !op.equals("and") && !op.equals("or")) {
            report.error(rule, id + ": boolean-op '" + op + "' is not 'and' or 'or'");
        }
        String score = CibDocument.attr(rule, "score");
        if (score != null && !Values.isXmlScore(score)) {
            report.error(rule, id + ": score '" + score + "' is not an integer or [+-]INFINITY");
        }
        String role = CibDocument.attr(rule, "role");
        if (role != null && !Values.isRole(role)) {
            report.error(rule, id + ": '" + role + "' is not a role");
        }
        if (CibDocument.children(rule, null).isEmpty()) {
            report.error(rule, id + " has no expression");
        }
        Map<String, String> equals = new HashMap<>();
        boolean conjunction = op == null || op.equals("and");
        for (Element expr : CibDocument.children(rule, "expression")) {
            checkExpression(expr, report);
            String attribute = expr.getAttribute("attribute");
            String value = CibDocument.attr(expr, "value");
            if (conjunction && "eq".equals(expr.getAttribute("operation")) && value != null) {
                String other = equals.putIfAbsent(attribute, value);
                if (other != null && !other.equals(value)) {
                    report.warning(rule, id + " can never match: " + attribute + " cannot equal both '" + other
                            + "' and '" + value + "'");
                }
            }
        }
        for (Element date : CibDocument.children(rule, "date_expression")) {
            checkDate(date, report);
        }
    }

    private static void checkExpression(Element expr, Reporter report) {
        String id = "expression '" + expr.getAttribute("id") + "'";
        String op = expr.getAttribute("operation");
        if (!OPERATIONS.contains(op)) {
            report.error(expr, id + ": operation '" + op + "' is not one of " + String.join(", ", List.of("lt", "gt",
                    "lte", "gte", "eq", "ne", "defined", "not_defined")));
            return;
        }
        if (expr.getAttribute("attribute").isEmpty()) {
            report.error(expr, id + " names no attribute");
        }
        String type = CibDocument.attr(expr, "type");
        if (type != null && !TYPES.contains(type)) {
            report.error(expr, id + ": type '" + type + "' is not one of string, integer, number, version");
        }
        String value = CibDocument.attr(expr, "value");
        boolean needsValue = !op.equals("defined") && !op.equals("not_defined");
        if (needsValue && value == null) {
            report.error(expr, id + ": operation " + op + " needs a value");
        } else if (value != null && ("integer".equals(type) && !Values.isInteger(value)
                || "number".equals(type) && !value.trim().matches("[+-]?\\d+(\\.\\d*)?"))) {
            report.warning(expr, id + ": value '" + value + "' is not a " + type + " (Pacemaker would read its leading digits)");
        }
    }

    private static void checkDate(Element date, Reporter report) {
        String id = "date expression '" + date.getAttribute("id") + "'";
        String op = date.getAttribute("operation").isEmpty() ? "in_range" : date.getAttribute("operation");
        if (!DATE_OPERATIONS.contains(op)) {
            report.error(date, id + ": operation '" + op + "' is not one of in_range, date_spec, gt, lt");
            return;
        }
        String start = CibDocument.attr(date, "start");
        String end = CibDocument.attr(date, "end");
        for (String v : new String[] {start, end}) {
            if (v != null && !DATE.matcher(v.trim()).matches()) {
                report.warning(date, id + ": '" + v + "' is not an ISO 8601 date, so it never matches");
                return;
            }
        }
        Element duration = CibDocument.child(date, "duration");
        switch (op) {
            case "gt" -> require(start != null, date, id + ": operation gt needs a start", report);
            case "lt" -> require(end != null, date, id + ": operation lt needs an end", report);
            case "date_spec" -> {
                Element spec = CibDocument.child(date, "date_spec");
                require(spec != null, date, id + ": operation date_spec needs a date_spec", report);
                if (spec != null) {
                    checkDateSpec(spec, report);
                }
            }
            default -> {
                require(start != null || end != null, date, id + ": in_range needs a start or an end", report);
                require(end == null || duration == null, date, id + ": give an end or a duration, not both", report);
                if (start != null && end != null && sortable(end).compareTo(sortable(start)) < 0) {
                    report.warning(date, id + " can never match: it ends (" + end + ") before it starts (" + start + ")");
                }
            }
        }
    }

    private static String sortable(String date) {
        return date.trim().replace("-", "").replace(":", "").replace(' ', 'T');
    }

    private static void checkDateSpec(Element spec, Reporter report) {
        for (Map.Entry<String, int[]> field : DATE_SPEC_FIELDS.entrySet()) {
            String v = CibDocument.attr(spec, field.getKey());
            if (v == null) {
                continue;
            }
            Matcher m = RANGE.matcher(v.trim());
            int[] bounds = field.getValue();
            boolean ok = m.matches() && within(m.group(1), bounds) && (m.group(2) == null || within(m.group(2), bounds));
            if (!ok) {
                report.warning(spec, "date_spec '" + spec.getAttribute("id") + "': " + field.getKey() + "='" + v
                        + "' is not a number or range within " + bounds[0] + ".." + bounds[1]);
            }
        }
    }

    private static boolean within(String n, int[] bounds) {
        long v = Long.parseLong(n.length() > 9 ? "9999999999" : n);
        return v >= bounds[0] && v <= bounds[1];
    }

    private static void require(boolean ok, Element e, String message, Reporter report) {
        if (!ok) {
            report.error(e, message);
        }
    }
}
