package org.jcrm.grammar.ast;

/** {@code rsc[:qualifier]}: a resource with an optional role (colocation, ticket, location) or action (order), canonically spelled. */
public record ResourceRef(String id, String qualifier, SourcePos pos) implements ConstraintItem {
}
