package org.jcrm.engine.verify.rules;

import java.util.concurrent.CompletableFuture;
import org.jcrm.engine.cib.CibSchema;
import org.jcrm.engine.cib.SchemaCheck;
import org.jcrm.engine.cib.SchemaFinding;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;

/**
 * The document must be valid against the Pacemaker RelaxNG schema its validate-with names, as
 * crm_verify checks first. Without installed schemas the check is skipped with one warning.
 */
public final class SchemaRule implements VerifyRule {
    /** Violations listed before the rest are summed up, since one mistake often breaks several rules. */
    private static final int SHOWN = 5;
    private final CibSchema schema;

    public SchemaRule(CibSchema schema) {
        this.schema = schema;
    }

    @Override
    public String name() {
        return "schema";
    }

    /**
     * Validation reads the text, not the DOM, so it runs in the background, keyed by this rule: the
     * verifier checks the other rules while it runs.
     */
    @Override
    public void prepare(VerifyContext context) {
        validation(context);
    }

    private CompletableFuture<SchemaCheck> validation(VerifyContext context) {
        String text = context.cib().text();
        return context.background(this, () -> schema.validate(text, "cib"));
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        SchemaCheck check = VerifyContext.await(validation(context));
        switch (check.outcome()) {
            case VALID, NOT_REQUESTED -> {
            }
            case INVALID -> {
                int n = 0;
                for (SchemaFinding f : check.findings()) {
                    if (n++ == SHOWN) {
                        report.error(context.cib().root(), (check.findings().size() - SHOWN)
                                + " more schema violation(s) of " + check.schemaName());
                        break;
                    }
                    report.error(context.cib().root(), "not valid against " + check.schemaName() + ": " + f);
                }
            }
            default -> report.warning(context.cib().root(), "schema not checked: " + check.explanation());
        }
    }
}
