package org.jcrm.engine.verify;

/**
 * How serious a finding is. An ERROR makes the configuration invalid (verify exits 78, a commit is
 * refused), the same verdict crm_verify gives; a WARNING is advice that leaves it valid.
 */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in human and machine output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
