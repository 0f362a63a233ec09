package org.jcrm.shell.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell command line into words the way crmsh does (POSIX shell rules): blanks separate
 * words, single and double quotes group (and are removed), a backslash escapes the next character;
 * inside double quotes it escapes only a double quote or a backslash and is kept before anything
 * else ({@code "sed 's/\[/(/'"} keeps the backslash sed needs).
 */
public final class Words {
    private Words() {
    }

    /**
     * The words of {@code line}.
     *
     * @throws IllegalArgumentException when a quote is not closed, naming the column where it opened
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        int quoteColumn = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                quoteColumn = i + 1;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote " + quote + " opened at column " + quoteColumn);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
