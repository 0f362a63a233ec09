package org.jcrm.grammar.ast;

/** Where a piece of crm text starts: source name, 1-based line and 1-based column. */
public record SourcePos(String source, int line, int column) {
    /** The position in the form {@code SOURCE:LINE:COLUMN}, as error messages print it. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
