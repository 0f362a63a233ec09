package org.jcrm.grammar.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jcrm.grammar.ast.Score;

/**
 * Reads scores as crmsh does: integers and {@code inf}/{@code infinity} in either case (written
 * {@code INFINITY}, sign kept), the words {@code mandatory}/{@code advisory}, and, where a rule
 * allows it, a node attribute name whose value is the score.
 */
final class Scores {
    private static final Pattern NUMERIC = Pattern.compile("[+-]?(inf(inity)?|INF(INITY)?|[0-9]+)");
    private static final Pattern INFINITY = Pattern.compile("inf(inity)?|INF(INITY)?");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9_#$-][^=]*");

    private Scores() {
    }

    /** The score of a literal score word, or null when the word is not a score. */
    static String literal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("mandatory")) {
            return "INFINITY";
        }
        if (lower.equals("advisory")) {
            return "0";
        }
        if (NUMERIC.matcher(word).matches()) {
            return INFINITY.matcher(word).replaceAll("INFINITY");
        }
        return null;
    }

    /** A score; an attribute name is accepted only when allowAttribute, else null is returned. */
    static Score parse(String word, boolean allowAttribute) {
        String value = literal(word);
        if (value != null) {
            return Score.of(value);
        }
        if (allowAttribute && ATTRIBUTE.matcher(word).matches()) {
            return Score.fromAttribute(word);
        }
        return null;
    }

    /** An order kind for a numeric score, as crmsh maps them: 0 is Optional, anything else Mandatory. */
    static String kindOf(String score) {
        return score.equals("0") ? "Optional" : "Mandatory";
    }
}
