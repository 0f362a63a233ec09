package org.jcrm.grammar.ast;

import java.util.List;

/** {@code tag ID[:] ref...}. */
public record TagDef(String id, List<String> refs, List<String> comments, SourcePos pos) implements ObjectDef {
    public TagDef {
        refs = List.copyOf(refs);
        comments = List.copyOf(comments);
    }
}
