package org.jcrm.engine.scheduler;

/**
 * A placement score: an integer that saturates at ±INFINITY (1,000,000), where -INFINITY wins over
 * +INFINITY when both are added, as in Pacemaker.
 */
public record Score(int value) implements Comparable<Score> {
    /** The magnitude Pacemaker calls INFINITY. */
    public static final int INF = 1_000_000;
    public static final Score ZERO = new Score(0);
    public static final Score INFINITY = new Score(INF);
    public static final Score MINUS_INFINITY = new Score(-INF);
    /** Like C's strtol: the leading integer counts ("2.0" is 2), as Pacemaker reads scores. */
    private static final java.util.regex.Pattern LEADING_INT = java.util.regex.Pattern.compile("([+-]?\\d+)");

    public Score {
        value = clamp(value);
    }

    public static Score of(long v) {
        return new Score((int) Math.max(-INF, Math.min(INF, v)));
    }

    /** Parses "INFINITY", "+INFINITY", "-INFINITY", "red/yellow/green" are not scores; integers saturate. */
    public static Score parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing score");
        }
        String t = text.trim();
        if (plainInteger(t)) {
            return of(Long.parseLong(t));
        }
        switch (t.toUpperCase(java.util.Locale.ROOT)) {
            case "INFINITY", "+INFINITY" -> { return INFINITY; }
            case "-INFINITY" -> { return MINUS_INFINITY; }
            default -> { }
        }
        java.util.regex.Matcher m = LEADING_INT.matcher(t);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("not a score: '" + text + "'");
        }
        String digits = m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1);
        return digits.length() > 12 ? (digits.startsWith("-") ? MINUS_INFINITY : INFINITY) : of(Long.parseLong(digits));
    }

    /** Like {@link #parse} but yields {@code fallback} for text that is not a score. */
    /** Whether {@code t} is a sign and at most 12 characters of ASCII digits in all (read without a pattern). */
    private static boolean plainInteger(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
        int length = t.length() - (start == 1 && t.charAt(0) == '+' ? 1 : 0);
        if (t.length() == start || length > 12) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Score parseOr(String text, Score fallback) {
        try {
            return text == null ? fallback : parse(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int clamp(int v) {
        return Math.max(-INF, Math.min(INF, v));
    }

    /** Saturating addition: -INFINITY absorbs everything, then +INFINITY. */
    public Score plus(Score other) {
        return new Score(add(value, other.value));
    }

    /** Pacemaker's pcmk__add_scores on plain ints. */
    public static int add(int a, int b) {
        if (a <= -INF || b <= -INF) {
            return -INF;
        }
        if (a >= INF || b >= INF) {
            return INF;
        }
        return clamp(a + b);
    }

    public boolean isMinusInfinity() {
        return value <= -INF;
    }

    public boolean isInfinity() {
        return value >= INF;
    }

    @Override
    public int compareTo(Score o) {
        return Integer.compare(value, o.value);
    }

    /** The text Pacemaker prints: an integer, INFINITY or -INFINITY. */
    public static String format(int v) {
        if (v >= INF) {
            return "INFINITY";
        }
        if (v <= -INF) {
            return "-INFINITY";
        }
        return Integer.toString(v);
    }

    @Override
    public String toString() {
        return format(value);
    }
}
