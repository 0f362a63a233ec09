package org.jcrm.grammar.ast;

import java.util.List;

/** An attribute set: either a reference to another set ({@code $id-ref}) or an optional id, an optional score, rules and pairs. */
public record NvSet(SetKind kind, String id, String idRef, String score, List<RuleDef> rules,
                    List<NvPair> pairs, SourcePos pos) {
    public NvSet {
        rules = List.copyOf(rules);
        pairs = List.copyOf(pairs);
    }
}
