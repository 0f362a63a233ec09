package org.jcrm.engine.verify;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.CibSchema;
import org.jcrm.engine.verify.rules.ActiveOrphanRule;
import org.jcrm.engine.verify.rules.AgentRule;
import org.jcrm.engine.verify.rules.CloneRule;
import org.jcrm.engine.verify.rules.ClusterOptionRule;
import org.jcrm.engine.verify.rules.ConstraintLoopRule;
import org.jcrm.engine.verify.rules.ConstraintValueRule;
import org.jcrm.engine.verify.rules.ContainedMemberRule;
import org.jcrm.engine.verify.rules.DuplicateIdRule;
import org.jcrm.engine.verify.rules.EmptyContainerRule;
import org.jcrm.engine.verify.rules.FailedStopRule;
import org.jcrm.engine.verify.rules.FencingRule;
import org.jcrm.engine.verify.rules.MetaAttributeRule;
import org.jcrm.engine.verify.rules.NodeStateRule;
import org.jcrm.engine.verify.rules.OperationRule;
import org.jcrm.engine.verify.rules.ReferenceRule;
import org.jcrm.engine.verify.rules.RuleExpressionRule;
import org.jcrm.engine.verify.rules.SchemaRule;
import org.jcrm.engine.verify.rules.TicketLossRule;

/**
 * Runs a list of rules over a CIB and gathers their findings. {@link #standard()} has every rule jcrm
 * ships; callers add more (a schema rule, for example) with {@link #with(VerifyRule)}. Each rule may
 * first start background work ({@link VerifyRule#prepare}); the checks then run on the caller's
 * thread, in order except that a rule whose own background work is still running is checked after
 * the others, which then overlap it. Findings come in the rules' order whatever ran when.
 */
public final class Verifier {
    private final List<VerifyRule> rules;

    public Verifier(List<VerifyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules jcrm checks every configuration with, the schema check against the installed schemas first. */
    public static Verifier standard() {
        return standard(CibSchema.system());
    }

    /**
     * The standard rules with the schema check against {@code schema}; reuse one verifier for many
     * files so that each schema is compiled once.
     */
    public static Verifier standard(CibSchema schema) {
        return new Verifier(List.of(new SchemaRule(schema), new DuplicateIdRule(), new ReferenceRule(), new EmptyContainerRule(),
                new ContainedMemberRule(), new ConstraintLoopRule(), new ConstraintValueRule(), new RuleExpressionRule(),
                new OperationRule(), new MetaAttributeRule(), new ClusterOptionRule(), new AgentRule(), new CloneRule(),
                new FencingRule(), new NodeStateRule(), new ActiveOrphanRule(), new FailedStopRule(),
                new TicketLossRule()));
    }

    /** This verifier with one more rule, run last. */
    public Verifier with(VerifyRule rule) {
        List<VerifyRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Verifier(more);
    }

    /** The rules, in the order they run. */
    public List<VerifyRule> rules() {
        return rules;
    }

    private static void check(VerifyRule rule, VerifyContext context, SourceMap sources, List<Finding> findings) {
        rule.check(context, new Reporter(rule.name(), sources, findings));
    }

    /** Checks {@code cib}; positions come from {@code sources} (empty for XML input). */
    public VerifyReport verify(CibDocument cib, AgentCatalog agents, SourceMap sources) {
        List<List<Finding>> byRule = new ArrayList<>(rules.size());
        try (VerifyContext context = new VerifyContext(cib, agents)) {
            for (VerifyRule rule : rules) {
                rule.prepare(context);
                byRule.add(new ArrayList<>());
            }
            List<Integer> waiting = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                if (context.running(rules.get(i))) {
                    waiting.add(i);
                } else {
                    check(rules.get(i), context, sources, byRule.get(i));
                }
            }
            for (int i : waiting) {
                check(rules.get(i), context, sources, byRule.get(i));
            }
        }
        List<Finding> findings = new ArrayList<>();
        byRule.forEach(findings::addAll);
        return new VerifyReport(findings);
    }
}
