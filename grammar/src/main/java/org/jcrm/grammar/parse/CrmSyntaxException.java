package org.jcrm.grammar.parse;

import org.jcrm.grammar.ast.SourcePos;

/**
 * The one error a crm script can fail to parse with: a syntax error or a semantic error of the text
 * itself (bad score, unknown role, ...). Its message reads {@code FILE:LINE:COLUMN: error: MESSAGE}.
 */
public final class CrmSyntaxException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    /** An error at the given 1-based line and column of source. */
    public CrmSyntaxException(String source, int line, int column, String reason) {
        super(source + ":" + line + ":" + column + ": error: " + reason);
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** An error at a known position. */
    public CrmSyntaxException(SourcePos pos, String reason) {
        this(pos.source(), pos.line(), pos.column(), reason);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its position prefix. */
    public String reason() {
        return reason;
    }
}
