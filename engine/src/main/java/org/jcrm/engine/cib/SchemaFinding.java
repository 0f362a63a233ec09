package org.jcrm.engine.cib;

/**
 * One schema violation found by {@link CibSchema}: where it is (1-based line and column, -1 when
 * unknown) and what is wrong.
 */
public record SchemaFinding(int line, int column, String message) {
    @Override
    public String toString() {
        return (line > 0 ? line + ":" + column + ": " : "") + message;
    }
}
