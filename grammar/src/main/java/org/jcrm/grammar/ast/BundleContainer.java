package org.jcrm.grammar.ast;

import java.util.List;

/** One section of a bundle: {@code docker}, {@code rkt}, {@code network} or {@code storage} with its pairs in source order (bare {@code port-mapping}/{@code storage-mapping} names open a mapping). */
public record BundleContainer(String kind, List<NvPair> pairs, SourcePos pos) {
    public BundleContainer {
        pairs = List.copyOf(pairs);
    }
}
