package org.jcrm.grammar.ast;

import java.util.List;

/** {@code location ID rsc|/pattern/|{set} [attr=value] (score: node | rule...)}; attributes holds role and resource-discovery. */
public record LocationDef(String id, String rsc, String rscPattern, List<ConstraintItem> resources,
                          List<NvPair> attributes, Score score, String node, List<RuleDef> rules,
                          List<String> comments, SourcePos pos) implements ObjectDef {
    public LocationDef {
        resources = List.copyOf(resources);
        attributes = List.copyOf(attributes);
        rules = List.copyOf(rules);
        comments = List.copyOf(comments);
    }
}
