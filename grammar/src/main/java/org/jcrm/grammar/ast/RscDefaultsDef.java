package org.jcrm.grammar.ast;

import java.util.List;

/** {@code rsc_defaults [id:] name=value...}. */
public record RscDefaultsDef(NvSet set, List<String> comments, SourcePos pos) implements ObjectDef {
    public RscDefaultsDef {
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return set.id();
    }
}
