package org.jcrm.shell.cib;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts in unified style without hunk headers: {@code -} lines only in the old
 * text, {@code +} lines only in the new one, unchanged lines left out. Computed from the longest
 * common subsequence, which is plenty for configurations of a few thousand lines.
 */
final class LineDiff {
    private LineDiff() {
    }

    static List<String> of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                diff.add("+" + after.get(j++));
            } else {
                diff.add("-" + before.get(i++));
            }
        }
        return diff;
    }
}
