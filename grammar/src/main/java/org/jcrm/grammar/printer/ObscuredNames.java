package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns naming attributes whose values {@code show} hides as {@code ******}; crmsh hides
 * {@code passw*} unless told otherwise.
 */
final class ObscuredNames {
    static final String MASK = "******";

    private final List<Glob> patterns = new ArrayList<>();

    ObscuredNames(List<String> globs) {
        for (String g : globs) {
            patterns.add(new Glob(g));
        }
    }

    boolean hides(String name) {
        for (Glob g : patterns) {
            if (g.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
