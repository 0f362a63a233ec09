package org.jcrm.engine.verify.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jcrm.engine.verify.Values;

/** The kind of value an option takes, with the check and the words used to describe it. */
record OptionType(String description, Predicate<String> accepts) {
    static final OptionType BOOLEAN = new OptionType("a boolean (true/false, yes/no, on/off, 1/0)", Values::isBoolean);
    static final OptionType DURATION = new OptionType("a duration (for example 30s, 5min, 1h)", Values::isDuration);
    static final OptionType INTEGER = new OptionType("an integer", Values::isInteger);
    static final OptionType SCORE = new OptionType("a score (an integer or [+-]INFINITY)", Values::isScore);
    static final OptionType TEXT = new OptionType("text", v -> true);
    static final OptionType PERCENTAGE = new OptionType("a percentage (for example 80%)",
            v -> v.matches("\\d+(\\.\\d+)?%?"));

    /** One of the given words, compared without case as Pacemaker does. */
    static OptionType oneOf(String... words) {
        Set<String> allowed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        allowed.addAll(Arrays.asList(words));
        return new OptionType("one of " + String.join(", ", words),
                v -> allowed.contains(v.trim().toLowerCase(Locale.ROOT)));
    }
}
