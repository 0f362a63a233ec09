package org.jcrm.engine.cib;

import java.util.List;

/**
 * The result of checking a CIB document against Pacemaker's RelaxNG schema: the outcome, the schema
 * named by the document's validate-with, the findings, and a human-readable explanation when the
 * document could not be checked.
 */
public record SchemaCheck(Outcome outcome, String schemaName, List<SchemaFinding> findings, String explanation) {
    /** What the check concluded. */
    public enum Outcome {
        /** The document matches its schema. */
        VALID,
        /** The document breaks its schema; see the findings. */
        INVALID,
        /** The document asks for no validation ({@code validate-with="none"} or no attribute). */
        NOT_REQUESTED,
        /** The schema file named by validate-with does not exist in the schema directory. */
        SCHEMA_MISSING,
        /** The schema directory itself is absent (Pacemaker's schemas are not installed). */
        SCHEMA_DIR_ABSENT
    }

    public SchemaCheck {
        findings = List.copyOf(findings);
    }

    /** True only when the document was checked and matches its schema. */
    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** True when a schema was applied (valid or invalid). */
    public boolean checked() {
        return outcome == Outcome.VALID || outcome == Outcome.INVALID;
    }
}
