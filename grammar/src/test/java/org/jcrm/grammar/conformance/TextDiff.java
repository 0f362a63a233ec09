package org.jcrm.grammar.conformance;

import java.util.ArrayList;
import java.util.List;

/** Comparisons of expected and actual text, saying where they first differ. */
final class TextDiff {
    private TextDiff() {
    }

    /** Null when equal ignoring runs of white space (blank lines dropped), else the first differing line. */
    static String firstDifferenceIgnoringSpace(String expected, String actual) {
        List<String> e = normalisedLines(expected);
        List<String> a = normalisedLines(actual);
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "<end>";
            String al = i < a.size() ? a.get(i) : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected [" + el + "] got [" + al + "]";
            }
        }
        return null;
    }

    private static List<String> normalisedLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String n = line.strip().replaceAll("\\s+", " ");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
