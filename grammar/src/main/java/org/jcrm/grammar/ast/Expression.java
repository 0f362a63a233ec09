package org.jcrm.grammar.ast;

/** One condition of a rule. */
public sealed interface Expression permits AttrExpression, DefinedExpression, DateExpression {
    /** Where the condition starts. */
    SourcePos pos();
}
