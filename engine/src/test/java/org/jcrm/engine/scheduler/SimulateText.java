package org.jcrm.engine.scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares crm_simulate-style texts the way the regression suite does: white space ignored, blank
 * lines dropped, and the Transition Summary section cut out for the main comparison.
 */
public final class SimulateText {
    private SimulateText() {
    }

    /** Lines without white space, blank lines dropped: diff --ignore-all-space --ignore-blank-lines. */
    public static List<String> normalized(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.replaceAll("\\s+", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The "* ..." lines following "Transition Summary:" in normalized lines. */
    public static List<String> summary(List<String> lines) {
        int start = lines.indexOf("TransitionSummary:");
        if (start < 0) {
            return List.of();
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("*")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** The Transition Summary lines of a raw text as printed (indentation kept), for reports. */
    public static List<String> rawSummary(String text) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (line.strip().equals("Transition Summary:")) {
                in = true;
            } else if (in && line.strip().startsWith("*")) {
                out.add(line.strip());
            } else if (in && !line.isBlank()) {
                break;
            }
        }
        return out;
    }
}
