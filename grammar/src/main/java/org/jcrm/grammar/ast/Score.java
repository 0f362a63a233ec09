package org.jcrm.grammar.ast;

/** A score as crmsh writes it: either a value ({@code INFINITY}, {@code -INFINITY}, an integer) or the name of a node attribute holding the score. */
public record Score(String value, String attribute) {
    /** A literal score value, already normalised ({@code inf} becomes {@code INFINITY}). */
    public static Score of(String value) {
        return new Score(value, null);
    }

    /** A score read from a node attribute. */
    public static Score fromAttribute(String attribute) {
        return new Score(null, attribute);
    }
}
