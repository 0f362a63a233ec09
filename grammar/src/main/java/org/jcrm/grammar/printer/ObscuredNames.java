package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shell-style patterns ({@code *}, {@code ?}, {@code [...]}) naming attributes whose values
 * {@code show} hides as {@code ******}; crmsh hides {@code passw*} unless told otherwise.
 */
final class ObscuredNames {
    static final String MASK = "******";

    private final List<Pattern> patterns = new ArrayList<>();

    ObscuredNames(List<String> globs) {
        for (String g : globs) {
            patterns.add(Pattern.compile(toRegex(g)));
        }
    }

    boolean hides(String name) {
        if (name == null) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String toRegex(String glob) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                r.append(".*");
            } else if (c == '?') {
                r.append('.');
            } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
                int end = glob.indexOf(']', i + 1);
                String set = glob.substring(i + 1, end);
                r.append('[').append(set.startsWith("!") ? "^" + Pattern.quote(set.substring(1)).replace("\\Q", "").replace("\\E", "") : set).append(']');
                i = end;
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return r.toString();
    }
}
