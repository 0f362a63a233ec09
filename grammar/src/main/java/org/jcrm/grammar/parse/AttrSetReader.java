package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jcrm.grammar.ast.AttrExpression;
import org.jcrm.grammar.ast.DateExpression;
import org.jcrm.grammar.ast.DefinedExpression;
import org.jcrm.grammar.ast.Expression;
import org.jcrm.grammar.ast.NvPair;
import org.jcrm.grammar.ast.NvSet;
import org.jcrm.grammar.ast.RuleDef;
import org.jcrm.grammar.ast.Score;
import org.jcrm.grammar.ast.SetKind;
import org.jcrm.grammar.ast.SourcePos;

/** Builds name=value pairs, attribute sets, rules and their expressions from the parse tree. */
final class AttrSetReader {
    private final Positions positions;

    AttrSetReader(Positions positions) {
        this.positions = positions;
    }

    /** A name=value token; the value is unquoted, the name may carry a leading {@code $}. */
    NvPair pair(Token token) {
        String text = token.getText();
        int eq = text.indexOf('=');
        String name = ShellWords.unquote(text.substring(0, eq));
        if (name.isEmpty()) {
            throw positions.error(token, "name missing before '='");
        }
        return new NvPair(name, ShellWords.unquote(text.substring(eq + 1)), null, positions.of(token));
    }

    NvPair pair(TerminalNode node) {
        return pair(node.getSymbol());
    }

    /** A pair item: {@code name=value}, a bare {@code name} (no value) or an {@code @id} reference. */
    NvPair item(CrmParser.NvItemContext ctx) {
        if (ctx.NVPAIR() != null) {
            return pair(ctx.NVPAIR());
        }
        if (ctx.DATE_FIELD() != null) {
            return pair(ctx.DATE_FIELD());
        }
        String word = ShellWords.unquote(ctx.WORD().getText());
        SourcePos pos = positions.of(ctx);
        if (word.startsWith("@")) {
            if (word.length() == 1) {
                throw positions.error(ctx, "'@' must be followed by the id of a name-value pair");
            }
            return new NvPair(null, null, word.substring(1), pos);
        }
        return new NvPair(word, null, null, pos);
    }

    List<NvPair> items(List<CrmParser.NvItemContext> ctxs) {
        List<NvPair> out = new ArrayList<>();
        for (CrmParser.NvItemContext ctx : ctxs) {
            out.add(item(ctx));
        }
        return out;
    }

    /** The body of a {@code params|meta|...} section. */
    NvSet body(SetKind kind, CrmParser.AttrListBodyContext ctx, SourcePos pos) {
        if (ctx.IDREF_SPEC() != null) {
            return new NvSet(kind, null, idValue(ctx.IDREF_SPEC()), null, List.of(), List.of(), pos);
        }
        return new NvSet(kind, ctx.ID_SPEC() == null ? null : idValue(ctx.ID_SPEC()), null,
                setScore(ctx.TERM()), rules(ctx.ruleDef()), items(ctx.nvItem()), pos);
    }

    /** An attribute list written without its keyword. */
    NvSet implicit(SetKind kind, CrmParser.ImplicitSetContext ctx, List<NvPair> pairs) {
        SourcePos pos = positions.of(ctx);
        if (ctx.IDREF_SPEC() != null) {
            return new NvSet(kind, null, idValue(ctx.IDREF_SPEC()), null, List.of(), List.of(), pos);
        }
        return new NvSet(kind, ctx.ID_SPEC() == null ? null : idValue(ctx.ID_SPEC()), null,
                setScore(ctx.TERM()), rules(ctx.ruleDef()), pairs, pos);
    }

    /** The value of a {@code $id=} or {@code $id-ref=} token. */
    String idValue(TerminalNode node) {
        String text = node.getText();
        String value = ShellWords.unquote(text.substring(text.indexOf('=') + 1));
        if (value.isEmpty()) {
            throw positions.error(node, "empty id in '" + text + "'");
        }
        return value;
    }

    private String setScore(TerminalNode term) {
        if (term == null) {
            return null;
        }
        String word = termWord(term);
        String score = Scores.literal(word);
        if (score == null) {
            throw positions.error(term, "invalid score '" + word + "'");
        }
        return score;
    }

    /** The word of a {@code word:} token, without its colon. */
    static String termWord(TerminalNode term) {
        return termWord(term.getSymbol());
    }

    /** The word of a {@code word:} token, without its colon. */
    static String termWord(Token term) {
        String text = term.getText();
        return ShellWords.unquote(text.substring(0, text.length() - 1));
    }

    List<RuleDef> rules(List<CrmParser.RuleDefContext> ctxs) {
        List<RuleDef> out = new ArrayList<>();
        for (CrmParser.RuleDefContext ctx : ctxs) {
            out.add(rule(ctx));
        }
        return out;
    }

    private RuleDef rule(CrmParser.RuleDefContext ctx) {
        SourcePos pos = positions.of(ctx);
        String id = ctx.ID_SPEC() == null ? null : idValue(ctx.ID_SPEC());
        String idRef = ctx.IDREF_SPEC() == null ? null : idValue(ctx.IDREF_SPEC());
        String role = null;
        if (ctx.roleAttr != null) {
            NvPair pair = pair(ctx.roleAttr);
            if (!pair.name().equalsIgnoreCase("role") && !pair.name().equalsIgnoreCase("$role")) {
                throw positions.error(ctx.roleAttr, "expected role=<role> in rule, got '" + pair.name() + "'");
            }
            role = role(pair.value(), ctx.roleAttr);
        }
        if (idRef != null) {
            if (ctx.score != null || ctx.expression() != null) {
                throw positions.error(ctx, "a rule with $id-ref cannot have a score or expressions");
            }
            return new RuleDef(null, idRef, role, null, null, List.of(), pos);
        }
        if (ctx.expression() == null) {
            throw positions.error(ctx.getStop(), "rule without expression");
        }
        Score score = Score.of("INFINITY");
        if (ctx.score != null) {
            String word = ShellWords.unquote(ctx.score.getText().substring(0, ctx.score.getText().length() - 1));
            score = Scores.parse(word, true);
            if (score == null) {
                throw positions.error(ctx.score, "invalid score '" + word + "'");
            }
        }
        String boolOp = null;
        for (CrmParser.BoolOpContext op : ctx.expression().boolOp()) {
            String word = op.getText().toLowerCase(Locale.ROOT);
            if (boolOp != null && !boolOp.equals(word)) {
                throw positions.error(op, "mixing bool ops not allowed: " + boolOp + " != " + word);
            }
            boolOp = word;
        }
        List<Expression> exprs = new ArrayList<>();
        for (CrmParser.SimpleExpContext exp : ctx.expression().simpleExp()) {
            exprs.add(expression(exp));
        }
        return new RuleDef(id, null, role, score, boolOp, exprs, pos);
    }

    /** A role value, canonically spelled. */
    String role(String value, Token at) {
        return CrmWords.canonical(value, CrmWords.ROLES)
                .orElseThrow(() -> positions.error(at, "unknown role '" + value + "'; expected one of "
                        + String.join(", ", CrmWords.ROLES)));
    }

    private Expression expression(CrmParser.SimpleExpContext ctx) {
        SourcePos pos = positions.of(ctx);
        if (ctx instanceof CrmParser.UnaryExpContext unary) {
            return new DefinedExpression(unary.unary.getText().toLowerCase(Locale.ROOT),
                    Words.name(unary.attribute), pos);
        }
        if (ctx instanceof CrmParser.BinaryExpContext binary) {
            return binaryExpression(binary, pos);
        }
        return dateExpression(((CrmParser.DateExpContext) ctx).dateExpr(), pos);
    }

    private Expression binaryExpression(CrmParser.BinaryExpContext ctx, SourcePos pos) {
        String opText = ctx.binaryOp().getText().toLowerCase(Locale.ROOT);
        String type = null;
        String op = opText;
        int colon = opText.indexOf(':');
        if (colon >= 0) {
            type = opText.substring(0, colon);
            op = opText.substring(colon + 1);
            if (!List.of("string", "integer", "number", "version").contains(type)) {
                throw positions.error(ctx.binaryOp(), "unknown expression type '" + type
                        + "'; expected string, integer, number or version");
            }
            if (!List.of("lt", "gt", "lte", "gte", "eq", "ne").contains(op)) {
                throw positions.error(ctx.binaryOp(), "unknown operator '" + op
                        + "'; expected lt, gt, lte, gte, eq or ne");
            }
        }
        String value = Words.value(ctx.value());
        String valueSource = null;
        int brace = value.indexOf('{');
        if (brace > 0 && value.endsWith("}") && brace < value.length() - 2) {
            valueSource = value.substring(0, brace);
            value = value.substring(brace + 1, value.length() - 1);
        }
        return new AttrExpression(Words.name(ctx.attribute), op, type, value, valueSource, pos);
    }

    private Expression dateExpression(CrmParser.DateExprContext ctx, SourcePos pos) {
        String op = ctx.op.getText().toLowerCase(Locale.ROOT);
        switch (op) {
            case "lt":
                return new DateExpression("lt", null, Words.value(ctx.value()), List.of(), pos);
            case "gt":
                return new DateExpression("gt", Words.value(ctx.value()), null, List.of(), pos);
            case "in", "in_range":
                return inRange(ctx, pos);
            default:
                return new DateExpression("date_spec", null, null, dateFields(ctx, List.of()), pos);
        }
    }

    private Expression inRange(CrmParser.DateExprContext ctx, SourcePos pos) {
        String start = null;
        String end = null;
        List<NvPair> duration = new ArrayList<>();
        for (NvPair pair : dateFields(ctx, List.of("start", "end"))) {
            switch (pair.name()) {
                case "start" -> start = pair.value();
                case "end" -> end = pair.value();
                default -> duration.add(pair);
            }
        }
        if (ctx.DATE_FIELD().size() < 2) {
            throw positions.error(ctx, "date in_range needs start= and end= or a duration");
        }
        return new DateExpression("in_range", start, end, duration, pos);
    }

    private List<NvPair> dateFields(CrmParser.DateExprContext ctx, List<String> extra) {
        List<NvPair> out = new ArrayList<>();
        for (TerminalNode node : ctx.DATE_FIELD()) {
            NvPair pair = pair(node);
            if (!CrmWords.DATE_SPEC_FIELDS.contains(pair.name()) && !extra.contains(pair.name())) {
                throw positions.error(node, "unknown date field '" + pair.name() + "'");
            }
            if (pair.value().isEmpty()) {
                throw positions.error(node, "empty value for date field '" + pair.name() + "'");
            }
            out.add(pair);
        }
        return out;
    }
}
