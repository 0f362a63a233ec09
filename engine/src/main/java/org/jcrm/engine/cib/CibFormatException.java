package org.jcrm.engine.cib;

/**
 * CIB XML that cannot be read: not well-formed, or not the element expected. The message names the
 * source and, when known, the line and column ({@code source:line:column: problem}).
 */
public class CibFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    /** A problem at a position; line and column are 1-based, or -1 when unknown. */
    public CibFormatException(String source, int line, int column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(problem).toString();
    }

    /** The name of the input (a file path or a name given by the caller). */
    public String getSource() {
        return source;
    }

    /** The 1-based line of the problem, or -1 when unknown. */
    public int getLine() {
        return line;
    }

    /** The 1-based column of the problem, or -1 when unknown. */
    public int getColumn() {
        return column;
    }
}
