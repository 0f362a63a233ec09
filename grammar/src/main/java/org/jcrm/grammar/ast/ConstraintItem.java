package org.jcrm.grammar.ast;

/** One element of a constraint's resource list: a reference, a bracketed set or a set option. */
public sealed interface ConstraintItem permits ResourceRef, ResourceSet, SetOption {
    /** Where the element starts. */
    SourcePos pos();
}
