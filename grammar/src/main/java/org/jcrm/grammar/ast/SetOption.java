package org.jcrm.grammar.ast;

/** A name=value option inside a resource list ({@code sequential=}, {@code require-all=}). */
public record SetOption(String name, String value, SourcePos pos) implements ConstraintItem {
}
