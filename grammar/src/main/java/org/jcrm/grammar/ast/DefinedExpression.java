package org.jcrm.grammar.ast;

/** {@code defined attribute} or {@code not_defined attribute}. */
public record DefinedExpression(String operation, String attribute, SourcePos pos) implements Expression {
}
