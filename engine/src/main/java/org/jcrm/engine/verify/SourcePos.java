package org.jcrm.engine.verify;

/** A position in a crm text file: 1-based line and column, as the parser reports them. */
public record SourcePos(int line, int column) {
    public SourcePos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }
}
