package org.jcrm.engine.verify;

import java.util.Objects;

/**
 * One problem verify found: how serious, what is wrong, which object (id, may be null for the whole
 * configuration), where in the XML (an XPath), where in crm text when known, and the rule that found it.
 */
public record Finding(Severity severity, String rule, String message, String objectId, String xpath, SourcePos pos) {
    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
        Objects.requireNonNull(xpath);
    }

    /** This finding placed at {@code newPos} (used when source positions are joined in). */
    public Finding at(SourcePos newPos) {
        return new Finding(severity, rule, message, objectId, xpath, newPos);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
