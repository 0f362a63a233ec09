package org.jcrm.grammar.ast;

import java.util.List;

/** {@code op NAME attr=value ...}: the operation attributes, the instance attributes that followed them, and op_params/op_meta sets. */
public record OpDef(String name, List<NvPair> attributes, List<NvPair> instanceAttributes, List<NvSet> sets,
                    SourcePos pos) {
    public OpDef {
        attributes = List.copyOf(attributes);
        instanceAttributes = List.copyOf(instanceAttributes);
        sets = List.copyOf(sets);
    }
}
