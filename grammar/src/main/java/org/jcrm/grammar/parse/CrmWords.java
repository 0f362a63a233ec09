package org.jcrm.grammar.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed word lists of the configure language: resource roles, order actions and kinds, node
 * types, and their canonical spelling (crmsh accepts them in any case and writes them canonically).
 */
final class CrmWords {
    static final List<String> ROLES = List.of("Stopped", "Started", "Master", "Slave", "Promoted", "Unpromoted");
    static final List<String> ACTIONS = List.of("start", "promote", "demote", "stop");
    static final List<String> ORDER_KINDS = List.of("Mandatory", "Optional", "Serialize");
    static final List<String> NODE_TYPES = List.of("normal", "member", "ping", "remote");
    static final List<String> LOSS_POLICIES = List.of("stop", "demote", "fence", "freeze");
    static final List<String> BOOLEANS = List.of("true", "false", "yes", "no", "on", "off", "y", "n", "1", "0");
    static final List<String> DATE_SPEC_FIELDS = List.of("hours", "monthdays", "weekdays", "yearsdays", "months",
            "weeks", "years", "weekyears", "moon");

    private CrmWords() {
    }

    /** The canonical spelling of value in words, compared ignoring case. */
    static Optional<String> canonical(String value, List<String> words) {
        String lower = value.toLowerCase(Locale.ROOT);
        return words.stream().filter(w -> w.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    static boolean isBoolean(String value) {
        return BOOLEANS.contains(value.toLowerCase(Locale.ROOT));
    }

    /** crmsh's canonical boolean: {@code true} or {@code false}. */
    static String canonicalBoolean(String value) {
        return List.of("true", "yes", "on", "y", "1").contains(value.toLowerCase(Locale.ROOT)) ? "true" : "false";
    }
}
