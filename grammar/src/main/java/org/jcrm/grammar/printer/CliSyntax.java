package org.jcrm.grammar.printer;

import java.util.List;

/** The lexical rules of crm text output: when values are quoted and how parts are joined. */
final class CliSyntax {
    /** Separator between the parts of an object shown on several lines. */
    static final String LINE_BREAK = " \\\n\t";

    private CliSyntax() {
    }

    /** True when {@code v} needs no quotes: word characters, dots and dashes only. */
    static boolean isPlain(String v) {
        int n = v.length();
        if (n > 1 && v.charAt(n - 1) == '\n') {
            n--; // a regular expression anchored with $ also matches before a final newline
        }
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code v} as a crm token: as is when plain, else in double quotes with inner quotes escaped. */
    static String quote(String v) {
        if (isPlain(v)) {
            return v;
        }
        if (v.indexOf('"') >= 0) {
            return '"' + v.replace("\"", "\\\"") + '"';
        }
        return '"' + v + '"';
    }

    /** {@code name=value}, or the bare name when there is no value. */
    static String nvpair(String name, String value) {
        return value == null ? name : name + "=" + quote(value);
    }

    /** Joins parts on one line or with crmsh's backslash continuation and a tab. */
    static String join(List<String> parts, boolean breakLines) {
        return String.join(breakLines ? LINE_BREAK : " ", parts);
    }

    /** Pacemaker's boolean spelling: yes, true, on or 1 (any case) is true. */
    static boolean isTrue(String v) {
        if (v == null) {
            return false;
        }
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.equals("yes") || l.equals("true") || l.equals("on") || l.equals("1");
    }

    /** A score as crm writes it: INFINITY spelled inf, score-attribute when there is no score. */
    static String score(XmlElement e) {
        String s = e.attr("score");
        if (s == null || s.isEmpty()) {
            s = e.attr("score-attribute");
        } else if (s.contains("INFINITY")) {
            s = s.replace("INFINITY", "inf");
        }
        return s == null ? "" : s;
    }
}
