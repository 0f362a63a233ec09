package org.jcrm.grammar.ast;

/** A name=value pair; value is null for a bare name, and idRef is set instead of name for an {@code @id} reference. */
public record NvPair(String name, String value, String idRef, SourcePos pos) {
}
