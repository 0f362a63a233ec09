package org.jcrm.engine.verify;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value syntaxes of the CIB, as Pacemaker parses them: scores, durations, booleans, roles. */
public final class Values {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DURATION = Pattern.compile(
            "\\s*(\\d+)\\s*(ms|msec|us|usec|s|sec|m|min|h|hr)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final Set<String> TRUE = Set.of("true", "on", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "n", "0");
    /** Roles as the schema and the scheduler accept them (old and new names). */
    public static final Set<String> ROLES = Set.of("Stopped", "Started", "Promoted", "Unpromoted", "Master", "Slave");

    private Values() {
    }

    /** A score as the CIB schema writes it: an integer or [+-]INFINITY. */
    public static boolean isXmlScore(String v) {
        return v != null && (INTEGER.matcher(v).matches() || v.equals("INFINITY") || v.equals("+INFINITY")
                || v.equals("-INFINITY"));
    }

    /** A score where the scheduler parses it from text (meta attributes): also node-score colours. */
    public static boolean isScore(String v) {
        return isXmlScore(v) || Set.of("red", "green", "yellow").contains(v);
    }

    /** An integer. */
    public static boolean isInteger(String v) {
        return v != null && INTEGER.matcher(v.trim()).matches();
    }

    /** The milliseconds of a duration ("10", "10s", "500ms", "2min", "1h", ISO 8601 "PT5M"), if valid. */
    public static OptionalLong durationMillis(String v) {
        if (v == null) {
            return OptionalLong.empty();
        }
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1).length() > 15 ? "999999999999999" : m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return OptionalLong.of(switch (unit) {
                case "ms", "msec" -> n;
                case "us", "usec" -> n / 1000;
                case "m", "min" -> n * 60_000;
                case "h", "hr" -> n * 3_600_000;
                default -> n * 1000;
            });
        }
        Matcher iso = ISO_DURATION.matcher(v.trim());
        if (iso.matches() && v.trim().length() > 1 && !v.trim().endsWith("T")) {
            long[] unitSeconds = {31_536_000L, 2_592_000L, 604_800L, 86_400L, 3_600L, 60L, 1L};
            long s = 0;
            for (int i = 0; i < unitSeconds.length; i++) {
                if (iso.group(i + 1) != null) {
                    s += Long.parseLong(iso.group(i + 1)) * unitSeconds[i];
                }
            }
            return OptionalLong.of(s * 1000);
        }
        return OptionalLong.empty();
    }

    /** Whether {@code v} is a duration Pacemaker can parse. */
    public static boolean isDuration(String v) {
        return durationMillis(v).isPresent();
    }

    /** Whether {@code v} is one of Pacemaker's boolean spellings. */
    public static boolean isBoolean(String v) {
        return v != null && (TRUE.contains(v.toLowerCase(Locale.ROOT)) || FALSE.contains(v.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code v} is a boolean spelling that means true. */
    public static boolean isTrue(String v) {
        return v != null && TRUE.contains(v.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code v} is a boolean spelling that means false. */
    public static boolean isFalse(String v) {
        return v != null && FALSE.contains(v.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code v} names a role. */
    public static boolean isRole(String v) {
        return v != null && ROLES.contains(v);
    }
}
