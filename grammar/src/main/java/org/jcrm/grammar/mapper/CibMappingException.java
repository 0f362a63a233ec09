package org.jcrm.grammar.mapper;

import org.jcrm.grammar.ast.SourcePos;

/** A crm object that cannot be turned into CIB XML (an id collision, a missing reference); the message names the object id and its position. */
public final class CibMappingException extends RuntimeException {
    /** An error about the object at pos. */
    public CibMappingException(SourcePos pos, String message) {
        super(pos + ": error: " + message);
    }
}
