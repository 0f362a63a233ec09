package org.jcrm.engine.scheduler.unpack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Evaluates Pacemaker rules ({@code <rule>} with attribute, date and nested rule expressions) against
 * a node's attributes, the scheduler's "now" and, for location rules, a role.
 */
public final class RuleEvaluator {
    private final Instant now;
    private final Element root;

    public RuleEvaluator(Instant now, Element root) {
        this.now = now;
        this.root = root;
    }

    /** Whether an nvpair set applies now (sets without rules always apply). */
    boolean setApplies(Element set) {
        for (Element rule : Xml.children(set, "rule")) {
            if (!matches(Xml.resolveRef(rule, root), Map.of(), null)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code rule} holds for a node with these attributes; {@code role} may be null. */
    public boolean matches(Element rule, Map<String, String> attrs, String role) {
        rule = Xml.resolveRef(rule, root);
        String op = Xml.attr(rule, "boolean-op", "and");
        boolean any = false;
        boolean all = true;
        boolean empty = true;
        for (Element expr : Xml.children(rule, null)) {
            Boolean r = evaluate(expr, attrs, role);
            if (r == null) {
                continue;
            }
            empty = false;
            any |= r;
            all &= r;
        }
        if (empty) {
            return true;
        }
        return op.equals("or") ? any : all;
    }

    private Boolean evaluate(Element expr, Map<String, String> attrs, String role) {
        return switch (expr.getTagName()) {
            case "rule" -> matches(expr, attrs, role);
            case "expression" -> attribute(expr, attrs);
            case "date_expression" -> date(expr);
            case "rsc_expression", "op_expression" -> true;
            default -> null;
        };
    }

    private boolean attribute(Element expr, Map<String, String> attrs) {
        String name = Xml.attr(expr, "attribute");
        String op = Xml.attr(expr, "operation", "eq");
        String type = Xml.attr(expr, "type");
        String expected = Xml.attr(expr, "value");
        String actual = attrs.get(name);
        switch (op) {
            case "defined": return actual != null;
            case "not_defined": return actual == null;
            default: break;
        }
        if ("param".equals(Xml.attr(expr, "value-source")) || "meta".equals(Xml.attr(expr, "value-source"))) {
            return false;
        }
        if (actual == null || expected == null) {
            return op.equals("ne");
        }
        if (type == null) {
            boolean ordering = op.equals("lt") || op.equals("lte") || op.equals("gt") || op.equals("gte");
            type = !ordering ? "string" : expected.contains(".") ? "number" : "integer";
        }
        Integer cmp = switch (type) {
            case "integer" -> compareIntegers(actual, expected);
            case "number" -> compareNumbers(actual, expected);
            case "version" -> compareVersions(actual, expected);
            default -> null;
        };
        if (cmp == null) {
            cmp = actual.compareToIgnoreCase(expected);
        }
        return switch (op) {
            case "eq" -> cmp == 0;
            case "ne" -> cmp != 0;
            case "lt" -> cmp < 0;
            case "lte" -> cmp <= 0;
            case "gt" -> cmp > 0;
            case "gte" -> cmp >= 0;
            default -> false;
        };
    }

    private static final java.util.regex.Pattern LEADING_INT = java.util.regex.Pattern.compile("\\s*([+-]?\\d+)");

    private static Integer compareIntegers(String a, String b) {
        java.util.regex.Matcher x = LEADING_INT.matcher(a);
        java.util.regex.Matcher y = LEADING_INT.matcher(b);
        if (!x.lookingAt() || !y.lookingAt()) {
            return null;
        }
        return Long.compare(Long.parseLong(x.group(1)), Long.parseLong(y.group(1)));
    }

    private static Integer compareNumbers(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a.trim()), Double.parseDouble(b.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long u = i < x.length ? parseLong(x[i]) : 0;
            long v = i < y.length ? parseLong(y[i]) : 0;
            if (u != v) {
                return Long.compare(u, v);
            }
        }
        return 0;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean date(Element expr) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        String op = Xml.attr(expr, "operation", "in_range");
        String start = Xml.attr(expr, "start");
        String end = Xml.attr(expr, "end");
        switch (op) {
            case "gt":
                return start != null && t.isAfter(IsoDates.parse(start));
            case "lt":
                return end != null && t.isBefore(IsoDates.parse(end));
            case "date_spec":
                return dateSpec(Xml.child(expr, "date_spec"), t);
            case "in_range":
                ZonedDateTime from = start == null ? null : IsoDates.parse(start);
                ZonedDateTime to = end == null ? null : IsoDates.parse(end);
                Element duration = Xml.child(expr, "duration");
                if (to == null && duration != null && from != null) {
                    to = plusDuration(from, duration);
                }
                return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
            default:
                return false;
        }
    }

    private static ZonedDateTime plusDuration(ZonedDateTime from, Element d) {
        ZonedDateTime t = from;
        t = t.plusYears(num(d, "years")).plusMonths(num(d, "months")).plusWeeks(num(d, "weeks")).plusDays(num(d, "days"));
        return t.plusHours(num(d, "hours")).plusMinutes(num(d, "minutes")).plusSeconds(num(d, "seconds"));
    }

    private static long num(Element e, String name) {
        String v = Xml.attr(e, name);
        return v == null ? 0 : parseLong(v);
    }

    private static boolean dateSpec(Element spec, ZonedDateTime t) {
        if (spec == null) {
            return false;
        }
        List<Object[]> fields = List.of(
                new Object[] {"years", t.getYear()},
                new Object[] {"months", t.getMonthValue()},
                new Object[] {"monthdays", t.getDayOfMonth()},
                new Object[] {"hours", t.getHour()},
                new Object[] {"minutes", t.getMinute()},
                new Object[] {"seconds", t.getSecond()},
                new Object[] {"yeardays", t.getDayOfYear()},
                new Object[] {"weekdays", t.getDayOfWeek().getValue()},
                new Object[] {"weeks", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)},
                new Object[] {"weekyears", t.get(IsoFields.WEEK_BASED_YEAR)});
        for (Object[] f : fields) {
            String range = Xml.attr(spec, (String) f[0]);
            if (range != null && !inRange(range, (Integer) f[1])) {
                return false;
            }
        }
        return t.get(ChronoField.YEAR) != Integer.MIN_VALUE;
    }

    private static boolean inRange(String range, int value) {
        String r = range.trim();
        int dash = r.indexOf('-', 1);
        if (dash < 0) {
            return parseLong(r) == value;
        }
        long lo = parseLong(r.substring(0, dash));
        long hi = parseLong(r.substring(dash + 1));
        return value >= lo && value <= hi;
    }
}
