package org.jcrm.grammar.ast;

import java.util.List;

/** {@code date lt|gt|in_range|date_spec ...}: start/end for lt, gt and in_range, the remaining name=value pairs as the duration (in_range) or the date spec (date_spec), in source order. */
public record DateExpression(String operation, String start, String end, List<NvPair> fields, SourcePos pos)
        implements Expression {
    public DateExpression {
        fields = List.copyOf(fields);
    }
}
