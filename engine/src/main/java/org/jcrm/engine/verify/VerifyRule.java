package org.jcrm.engine.verify;

/**
 * One check of a configuration. A rule reads the document from the context and reports what it finds
 * through the context's reporter; it never throws for bad input (bad input is what it reports).
 */
public interface VerifyRule {
    /** A short kebab-case name, shown in machine output (for example "unknown-reference"). */
    String name();

    /** Looks at {@code context.cib()} and reports findings to {@code report}. */
    void check(VerifyContext context, Reporter report);

    /**
     * Starts, before any rule checks, slow work this rule will need that reads no DOM off the calling
     * thread (through {@link VerifyContext#background} or {@link VerifyContext#prefetchAgent}), so that
     * it overlaps the other rules. Most rules need none.
     */
    default void prepare(VerifyContext context) {
    }
}
