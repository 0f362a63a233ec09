package org.jcrm.grammar.mapper;

import java.util.List;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.DateExpression;
import org.jcrm.engine.cib.DateSpec;
import org.jcrm.engine.cib.Duration;
import org.jcrm.engine.cib.Expression;
import org.jcrm.engine.cib.InstanceAttributes;
import org.jcrm.engine.cib.MetaAttributes;
import org.jcrm.engine.cib.NvSet;
import org.jcrm.engine.cib.Nvpair;
import org.jcrm.engine.cib.Rule;
import org.jcrm.engine.cib.Utilization;
import org.jcrm.grammar.ast.AttrExpression;
import org.jcrm.grammar.ast.DefinedExpression;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.RuleDef;
import org.jcrm.grammar.ast.SetKind;

/** Writes attribute sets, nvpairs, rules and expressions with crmsh's generated ids. */
final class AttributeMapper {
    private final IdAllocator ids;

    AttributeMapper(IdAllocator ids) {
        this.ids = ids;
    }

    /** The XML element for a set of this kind, with an id derived from the owner's. */
    NvSet set(org.jcrm.grammar.ast.NvSet ast, String ownerId, NvSet element, String tag) {
        if (ast.idRef() != null) {
            element.setIdRef(ast.idRef());
            return element;
        }
        String id = ast.id() != null ? ast.id() : ids.next(ownerId + "-" + tag);
        element.setId(id);
        if (ast.score() != null) {
            element.setScore(ast.score());
        }
        rules(ast.rules(), id, element);
        pairs(ast.pairs(), id, element);
        return element;
    }

    /** A new empty element for a resource or node set kind. */
    static NvSet elementFor(SetKind kind) {
        return switch (kind) {
            case META, OP_META, OPTIONS -> new MetaAttributes();
            case UTILIZATION -> new Utilization();
            default -> new InstanceAttributes();
        };
    }

    static String tagFor(SetKind kind) {
        return switch (kind) {
            case META, OP_META -> "meta_attributes";
            case UTILIZATION -> "utilization";
            default -> "instance_attributes";
        };
    }

    void pairs(List<NvPair> pairs, String setId, CibElement set) {
        for (NvPair pair : pairs) {
            Nvpair nv = new Nvpair();
            if (pair.idRef() != null) {
                nv.setIdRef(pair.idRef());
            } else {
                nv.setName(pair.name());
                nv.setValue(pair.value());
                nv.setId(ids.next(setId + "-" + pair.name()));
            }
            set.add(nv);
        }
    }

    void rules(List<RuleDef> rules, String ownerId, CibElement owner) {
        for (RuleDef ast : rules) {
            Rule rule = new Rule();
            if (ast.idRef() != null) {
                rule.setIdRef(ast.idRef());
                rule.setRole(ast.role());
                owner.add(rule);
                continue;
            }
            if (ast.score().value() != null) {
                rule.setScore(ast.score().value());
            } else {
                rule.setScoreAttribute(ast.score().attribute());
            }
            String id = ast.id() != null ? ast.id() : ids.next(ownerId + "-rule");
            rule.setId(id);
            rule.setRole(ast.role());
            if (ast.booleanOp() != null && !ast.booleanOp().equals("and")) {
                rule.setBooleanOp(ast.booleanOp());
            }
            for (org.jcrm.grammar.ast.Expression expression : ast.expressions()) {
                rule.add(expression(expression, id));
            }
            owner.add(rule);
        }
    }

    private CibElement expression(org.jcrm.grammar.ast.Expression ast, String ruleId) {
        if (ast instanceof AttrExpression attr) {
            Expression e = new Expression().setOperation(attr.operation()).setAttribute(attr.attribute());
            e.setType(attr.type());
            e.setValue(attr.value());
            if (attr.valueSource() != null) {
                e.setValueSource(attr.valueSource());
            }
            e.setId(ids.next(ruleId + "-expression"));
            return e;
        }
        if (ast instanceof DefinedExpression defined) {
            Expression e = new Expression().setOperation(defined.operation()).setAttribute(defined.attribute());
            e.setId(ids.next(ruleId + "-expression"));
            return e;
        }
        org.jcrm.grammar.ast.DateExpression date = (org.jcrm.grammar.ast.DateExpression) ast;
        DateExpression e = new DateExpression().setOperation(date.operation());
        e.setStart(date.start());
        e.setEnd(date.end());
        String id = ids.next(ruleId + "-expression");
        e.setId(id);
        if (date.operation().equals("date_spec")) {
            DateSpec spec = new DateSpec();
            date.fields().forEach(f -> DateFields.set(spec, f.name(), f.value()));
            spec.setId(ids.next(id + "-date_spec"));
            e.setDateSpec(spec);
        } else if (!date.fields().isEmpty()) {
            Duration duration = new Duration();
            date.fields().forEach(f -> DateFields.set(duration, f.name(), f.value()));
            duration.setId(ids.next(id + "-duration"));
            e.setDuration(duration);
        }
        return e;
    }
}
