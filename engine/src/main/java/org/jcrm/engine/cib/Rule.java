package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <rule>}: expressions combined with boolean-op, yielding a score when it passes. */
@XmlRootElement(name = "rule")
public class Rule extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public Rule setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public Rule setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public Rule setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The score-attribute attribute as written, or null when absent. */
    public String getScoreAttribute() {
        return attribute("score-attribute");
    }

    /** Sets the score-attribute attribute; null removes it. */
    public Rule setScoreAttribute(String scoreAttribute) {
        putAttribute("score-attribute", scoreAttribute);
        return this;
    }

    /** The boolean-op attribute as written, or null when absent. */
    public String getBooleanOp() {
        return attribute("boolean-op");
    }

    /** Sets the boolean-op attribute; null removes it. */
    public Rule setBooleanOp(String booleanOp) {
        putAttribute("boolean-op", booleanOp);
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return attribute("role");
    }

    /** Sets the role attribute; null removes it. */
    public Rule setRole(String role) {
        putAttribute("role", role);
        return this;
    }

    /** The Expression children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Expression> expressions() {
        return childrenOf(Expression.class);
    }

    /** The DateExpression children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<DateExpression> dateExpressions() {
        return childrenOf(DateExpression.class);
    }

    /** The Rule children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Rule> rules() {
        return childrenOf(Rule.class);
    }

    /** The RscExpression children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<RscExpression> rscExpressions() {
        return childrenOf(RscExpression.class);
    }

    /** The OpExpression children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<OpExpression> opExpressions() {
        return childrenOf(OpExpression.class);
    }
}
