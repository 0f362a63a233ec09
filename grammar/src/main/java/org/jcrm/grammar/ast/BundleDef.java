package org.jcrm.grammar.ast;

import java.util.List;

/** {@code bundle ID docker|rkt ... network ... storage ... [meta ...] [primitive ID]}. */
public record BundleDef(String id, String description, List<BundleContainer> containers, List<NvSet> sets,
                        String primitive, List<String> comments, SourcePos pos) implements ObjectDef {
    public BundleDef {
        containers = List.copyOf(containers);
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
