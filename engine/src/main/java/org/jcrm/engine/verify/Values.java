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
        return isoDurationMillis(v.trim());
    }

    /**
     * An ISO 8601 duration as Pacemaker reads it: "P" then number-unit pairs, "T" switching M from
     * months to minutes; hours and seconds are accepted before the "T" too ("P40S" is 40 seconds).
     */
    private static OptionalLong isoDurationMillis(String v) {
        if (v.length() < 3 || v.charAt(0) != 'P') {
            return OptionalLong.empty();
        }
        long seconds = 0;
        boolean time = false;
        int i = 1;
        while (i < v.length()) {
            if (v.charAt(i) == 'T') {
                time = true;
                i++;
                continue;
            }
            int start = i;
            while (i < v.length() && Character.isDigit(v.charAt(i))) {
                i++;
            }
            if (i == start || i == v.length() || i - start > 12) {
                return OptionalLong.empty();
            }
            long n = Long.parseLong(v.substring(start, i));
            long unit = switch (v.charAt(i)) {
                case 'Y' -> 31_536_000L;
                case 'M' -> time ? 60L : 2_592_000L;
                case 'W' -> 604_800L;
                case 'D' -> 86_400L;
                case 'H' -> 3_600L;
                case 'S' -> 1L;
                default -> -1L;
            };
            if (unit < 0) {
                return OptionalLong.empty();
            }
            seconds += n * unit;
            i++;
        }
        return OptionalLong.of(seconds * 1000);
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
