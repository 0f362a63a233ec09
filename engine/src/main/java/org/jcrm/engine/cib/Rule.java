package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A {@code <rule>}: expressions combined with boolean-op, yielding a score when it passes. */
@XmlRootElement(name = "rule")
public class Rule extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "id-ref")
    private String idRef;

    @XmlAttribute(name = "score")
    private String score;

    @XmlAttribute(name = "score-attribute")
    private String scoreAttribute;

    @XmlAttribute(name = "boolean-op")
    private String booleanOp;

    @XmlAttribute(name = "role")
    private String role;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public Rule setId(String id) {
        this.id = id;
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return idRef;
    }

    /** Sets the id-ref attribute; null removes it. */
    public Rule setIdRef(String idRef) {
        this.idRef = idRef;
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return score;
    }

    /** Sets the score attribute; null removes it. */
    public Rule setScore(String score) {
        this.score = score;
        return this;
    }

    /** The score-attribute attribute as written, or null when absent. */
    public String getScoreAttribute() {
        return scoreAttribute;
    }

    /** Sets the score-attribute attribute; null removes it. */
    public Rule setScoreAttribute(String scoreAttribute) {
        this.scoreAttribute = scoreAttribute;
        return this;
    }

    /** The boolean-op attribute as written, or null when absent. */
    public String getBooleanOp() {
        return booleanOp;
    }

    /** Sets the boolean-op attribute; null removes it. */
    public Rule setBooleanOp(String booleanOp) {
        this.booleanOp = booleanOp;
        return this;
    }

    /** The role attribute as written, or null when absent. */
    public String getRole() {
        return role;
    }

    /** Sets the role attribute; null removes it. */
    public Rule setRole(String role) {
        this.role = role;
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
