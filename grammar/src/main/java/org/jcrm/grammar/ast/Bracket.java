package org.jcrm.grammar.ast;

/** How a resource set was bracketed in crm text. */
public enum Bracket {
    /** {@code ( ... )}: a non-sequential set. */
    PAREN,
    /** {@code [ ... ]}: a non-sequential set where not all members are required. */
    SQUARE
}
