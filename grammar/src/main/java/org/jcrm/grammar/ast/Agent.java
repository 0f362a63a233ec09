package org.jcrm.grammar.ast;

/** A resource agent as class, provider (null where the class has none) and type. */
public record Agent(String cls, String provider, String type) {
}
