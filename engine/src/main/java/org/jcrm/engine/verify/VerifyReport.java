package org.jcrm.engine.verify;

import java.util.List;

/** The findings of one verify run, in the order the rules reported them. */
public record VerifyReport(List<Finding> findings) {
    public VerifyReport {
        findings = List.copyOf(findings);
    }

    /** Whether any finding is an error (the configuration is not valid). */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** Whether any finding is a warning. */
    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }
}
