package org.jcrm.grammar.ast;

import java.util.List;

/** A rule: either a reference ({@code $id-ref}) or an optional id and role, a score and expressions joined by one boolean operator (null when there is a single expression). */
public record RuleDef(String id, String idRef, String role, Score score, String booleanOp,
                      List<Expression> expressions, SourcePos pos) {
    public RuleDef {
        expressions = List.copyOf(expressions);
    }
}
