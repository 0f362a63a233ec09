package org.jcrm.grammar.ast;

import java.util.List;

/** A bracketed resource set of a constraint. */
public record ResourceSet(Bracket bracket, List<ConstraintItem> members, SourcePos pos) implements ConstraintItem {
    public ResourceSet {
        members = List.copyOf(members);
    }
}
