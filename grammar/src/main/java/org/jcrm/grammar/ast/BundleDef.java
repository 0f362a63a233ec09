package org.jcrm.grammar.ast;

import java.util.List;

/**
 * {@code bundle ID docker|rkt ... network ... storage ... [meta ...] [primitive ID]}; {@code metasBeforePrimitive}
 * is how many meta sets come before the primitive clause (crmsh keeps that order in the CIB).
 */
public record BundleDef(String id, String description, List<BundleContainer> containers, List<NvSet> sets,
                        String primitive, int metasBeforePrimitive, List<String> comments, SourcePos pos)
        implements ObjectDef {
    public BundleDef {
        containers = List.copyOf(containers);
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
