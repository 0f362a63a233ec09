package org.jcrm.shell.ra;

import java.io.PrintStream;
import java.util.List;

/** Prints words in as many columns as fit 80 characters, column by column, like crmsh's lists. */
final class Columns {
    private static final int WIDTH = 80;
    private final List<String> words;

    Columns(List<String> words) {
        this.words = words;
    }

    void print(PrintStream out) {
        if (words.isEmpty()) {
            return;
        }
        int cell = words.stream().mapToInt(String::length).max().orElse(0) + 2;
        int cols = Math.max(1, WIDTH / cell);
        int rows = (words.size() + cols - 1) / cols;
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                int i = c * rows + r;
                if (i < words.size()) {
                    line.append(String.format("%-" + cell + "s", words.get(i)));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
