package org.jcrm.grammar.parse;

import java.util.LinkedHashSet;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first syntax error into a {@link CrmSyntaxException} that names the offending word and
 * what the grammar expected there, in words a user knows; parsing stops at that error.
 */
final class ThrowingErrorListener extends BaseErrorListener {
    private final String source;

    ThrowingErrorListener(String source) {
        this.source = source;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
            throw new CrmSyntaxException(source, line, charPositionInLine + 1, msg);
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        String found = describeFound(token);
        String reason = "unexpected " + found + expectedPart(expected);
        int reportLine = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        throw new CrmSyntaxException(source, reportLine, column, reason);
    }

    private static String describeFound(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of input";
            case CrmLexer.NL -> "end of line";
            case CrmLexer.COMMENT -> "comment line";
            default -> "'" + token.getText() + "'";
        };
    }

    private static String expectedPart(IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        boolean word = expected.contains(CrmLexer.WORD);
        for (int type : expected.toArray()) {
            if (word && isKeyword(type)) {
                continue;
            }
            names.add(describeExpected(type));
        }
        return "; expected " + String.join(" or ", names);
    }

    private static boolean isKeyword(int type) {
        return type >= CrmLexer.NODE && type <= CrmLexer.DATE_SPEC;
    }

    private static String describeExpected(int type) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case CrmLexer.NL, CrmLexer.COMMENT -> "end of line";
            case CrmLexer.WORD -> "a name";
            case CrmLexer.STRING -> "a quoted string";
            case CrmLexer.TERM -> "a word ending in ':' (score, kind or id)";
            case CrmLexer.COMPOUND -> "a word with ':' (like class:provider:type or rsc:role)";
            case CrmLexer.NVPAIR, CrmLexer.DATE_FIELD -> "name=value";
            case CrmLexer.ID_SPEC -> "$id=<id>";
            case CrmLexer.IDREF_SPEC -> "$id-ref=<id>";
            case CrmLexer.XPATH -> "xpath:<xpath>";
            case CrmLexer.REGEX -> "/regex/";
            default -> {
                String literal = CrmLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : CrmLexer.VOCABULARY.getSymbolicName(type).toLowerCase();
            }
        };
    }
}
