package org.jcrm.engine.scheduler.unpack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the ISO 8601 forms Pacemaker accepts in rules and {@code -t}: calendar, ordinal and week dates, optional time. */
public final class IsoDates {
    private static final Pattern CAL = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern ORD = Pattern.compile("(\\d{4})-?(\\d{3})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{2})-?(\\d)");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):?(\\d{2})?:?(\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?");

    private IsoDates() {
    }

    /** The instant the text names, UTC unless it carries an offset. */
    public static ZonedDateTime parse(String text) {
        String t = text.trim();
        int split = t.indexOf('T') >= 0 ? t.indexOf('T') : t.indexOf(' ');
        String datePart = split >= 0 ? t.substring(0, split) : t;
        String timePart = split >= 0 ? t.substring(split + 1).trim().replace(" ", "") : "";
        LocalDate date = parseDate(datePart);
        LocalTime time = LocalTime.MIDNIGHT;
        ZoneOffset offset = ZoneOffset.UTC;
        if (!timePart.isEmpty()) {
            Matcher m = TIME.matcher(timePart);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad time in date '" + text + "'");
            }
            time = LocalTime.of(Integer.parseInt(m.group(1)) % 24, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            if (m.group(4) != null && !m.group(4).equals("Z")) {
                offset = ZoneOffset.of(m.group(4).length() == 5 ? m.group(4).substring(0, 3) + ":" + m.group(4).substring(3) : m.group(4));
            }
        }
        return OffsetDateTime.of(LocalDateTime.of(date, time), offset).atZoneSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate parseDate(String d) {
        Matcher m = WEEK.matcher(d);
        if (m.matches()) {
            LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
            LocalDate week1Monday = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L);
            return week1Monday.plusWeeks(Integer.parseInt(m.group(2)) - 1L).plusDays(Integer.parseInt(m.group(3)) - 1L);
        }
        m = CAL.matcher(d);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = ORD.matcher(d);
        if (m.matches()) {
            return LocalDate.ofYearDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("bad date '" + d + "'");
    }
}
