package org.jcrm.grammar.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jcrm.grammar.ast.SourcePos;

/**
 * Source positions of tokens and rules of one parse, and errors raised at them. The lexer numbers
 * columns from 0; positions here are 1-based as editors show them.
 */
final class Positions {
    private final String source;

    Positions(String source) {
        this.source = source;
    }

    SourcePos of(Token token) {
        return new SourcePos(source, token.getLine(), token.getCharPositionInLine() + 1);
    }

    SourcePos of(TerminalNode node) {
        return of(node.getSymbol());
    }

    SourcePos of(ParserRuleContext ctx) {
        return of(ctx.getStart());
    }

    CrmSyntaxException error(Token token, String reason) {
        return new CrmSyntaxException(of(token), reason);
    }

    CrmSyntaxException error(TerminalNode node, String reason) {
        return error(node.getSymbol(), reason);
    }

    CrmSyntaxException error(ParserRuleContext ctx, String reason) {
        return error(ctx.getStart(), reason);
    }
}
