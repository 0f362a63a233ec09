package org.jcrm.grammar.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal line diff (longest common subsequence): the lines only the reference has ("- ")
 * and only ours has ("+ "), with one line of context around each change.
 */
public final class LineDiff {
    private LineDiff() {
    }

    /** The diff of two line lists, at most {@code maxLines} lines of it; empty when equal. */
    public static List<String> diff(List<String> reference, List<String> ours, int maxLines) {
        int n = reference.size();
        int m = ours.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = reference.get(i).equals(ours.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && reference.get(i).equals(ours.get(j))) {
                all.add("  " + reference.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                all.add("+ " + ours.get(j++));
            } else {
                all.add("- " + reference.get(i++));
            }
        }
        return withContext(all, maxLines);
    }

    private static List<String> withContext(List<String> all, int maxLines) {
        List<String> shown = new ArrayList<>();
        int lastShown = -1;
        for (int k = 0; k < all.size(); k++) {
            boolean near = changed(all, k) || changed(all, k - 1) || changed(all, k + 1);
            if (!near) {
                continue;
            }
            if (lastShown >= 0 && k > lastShown + 1) {
                shown.add("  ...");
            }
            shown.add(all.get(k));
            lastShown = k;
            if (shown.size() >= maxLines) {
                shown.add("  ... (diff cut at " + maxLines + " lines)");
                break;
            }
        }
        return shown;
    }

    private static boolean changed(List<String> all, int k) {
        return k >= 0 && k < all.size() && !all.get(k).startsWith("  ");
    }

    /** Text as lines with runs of white space made one space and blank lines dropped. */
    public static List<String> normalisedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String norm = line.strip().replaceAll("\\s+", " ");
            if (!norm.isEmpty()) {
                lines.add(norm);
            }
        }
        return lines;
    }
}
