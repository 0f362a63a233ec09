package org.jcrm.grammar.printer;

import java.util.regex.Pattern;

/** A shell-style pattern: {@code *} any run, {@code ?} one character, {@code [...]} / {@code [!...]} a class. */
final class Glob {
    private final Pattern pattern;

    Glob(String glob) {
        this.pattern = Pattern.compile(toRegex(glob));
    }

    boolean matches(String s) {
        return s != null && pattern.matcher(s).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int end = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') {
                r.append(".*");
            } else if (c == '?') {
                r.append('.');
            } else if (end > 0) {
                String set = glob.substring(i + 1, end);
                boolean negated = set.startsWith("!");
                r.append('[').append(negated ? "^" : "");
                for (char s : (negated ? set.substring(1) : set).toCharArray()) {
                    r.append(Character.isLetterOrDigit(s) || s == '-' ? String.valueOf(s) : "\\" + s);
                }
                r.append(']');
                i = end;
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return r.toString();
    }
}
