package org.jcrm.engine.scheduler.unpack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pacemaker interval and timeout values ("10s", "1min", "2h", "500ms", ISO "PT10S", plain seconds) in milliseconds. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]*)\\s*");
    private static final Pattern ISO = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private Durations() {
    }

    public static long millis(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Matcher iso = ISO.matcher(text.trim());
        if (text.trim().startsWith("P") && iso.matches()) {
            return ((part(iso, 1) * 24 + part(iso, 2)) * 3600 + part(iso, 3) * 60 + part(iso, 4)) * 1000;
        }
        Matcher m = SIMPLE.matcher(text);
        if (!m.matches()) {
            return 0;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "ms", "msec" -> n;
            case "us", "usec" -> n / 1000;
            case "m", "min", "mins" -> n * 60_000;
            case "h", "hr", "hour", "hours" -> n * 3_600_000;
            default -> n * 1000;
        };
    }

    private static long part(Matcher m, int g) {
        return m.group(g) == null ? 0 : Long.parseLong(m.group(g));
    }
}
