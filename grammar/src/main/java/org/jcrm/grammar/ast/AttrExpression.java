package org.jcrm.grammar.ast;

/** {@code attribute [type:]op value}; type is null when not given, valueSource is {@code param} or {@code meta} for {@code param{name}} values. */
public record AttrExpression(String attribute, String operation, String type, String value, String valueSource,
                             SourcePos pos) implements Expression {
}
