package org.jcrm.grammar.parse;

/**
 * Removes shell quoting from a word the way crmsh's shell-like splitting does: quotes are
 * dropped, a backslash outside quotes keeps the next character, inside double quotes it escapes
 * only {@code "} and {@code \}.
 */
final class ShellWords {
    private ShellWords() {
    }

    static String unquote(String word) {
        if (word.indexOf('"') < 0 && word.indexOf('\'') < 0 && word.indexOf('\\') < 0) {
            return word; // nothing to undo, the common case
        }
        StringBuilder out = new StringBuilder(word.length());
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '\\' && i + 1 < word.length()) {
                    out.append(word.charAt(++i));
                } else {
                    out.append(c);
                }
            } else if (c == quote) {
                quote = 0;
            } else if (quote == '"' && c == '\\' && i + 1 < word.length()
                    && (word.charAt(i + 1) == '"' || word.charAt(i + 1) == '\\')) {
                out.append(word.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
