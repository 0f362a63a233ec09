package org.jcrm.grammar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.ObjectDef;

/**
 * Builds the AST while the parser runs, one statement as soon as it is parsed, and then drops that
 * statement's parse tree: a large script never holds its whole tree. Comment lines are attached to
 * the statement that follows them. The first error of the AST builder is kept and raised only once
 * the whole text has parsed, so a syntax error anywhere still comes first, as when the AST is built
 * after parsing. Given a consumer instead, it hands each statement over as soon as it is built and
 * cancels the parse at the AST builder's first error.
 */
final class StatementCollector implements ParseTreeListener {
    private final AstBuilder builder;
    private final List<ObjectDef> objects = new ArrayList<>();
    /** Where statements go: {@link #objects}, or a consumer that gets them as they are built. */
    private final Consumer<ObjectDef> sink;
    private final boolean streaming;
    private final List<String> pendingComments = new ArrayList<>();
    private RuntimeException firstError;

    /** Collects the statements for {@link #script()}. */
    StatementCollector(AstBuilder builder) {
        this.builder = builder;
        this.sink = objects::add;
        this.streaming = false;
    }

    /** Hands each statement to {@code sink}; the AST builder's first error cancels the parse. */
    StatementCollector(AstBuilder builder, Consumer<ObjectDef> sink) {
        this.builder = builder;
        this.sink = sink;
        this.streaming = true;
    }

    /** True when the AST builder failed on a statement. */
    boolean failed() {
        return firstError != null;
    }

    /** The script of every statement parsed; throws the AST builder's first error, if any. */
    ConfigScript script() {
        if (firstError != null) {
            throw firstError;
        }
        return new ConfigScript(objects);
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if (!(ctx.getParent() instanceof CrmParser.ScriptContext script)) {
            return;
        }
        if (ctx instanceof CrmParser.LineEndContext end && end.COMMENT() != null) {
            pendingComments.add(end.COMMENT().getText().strip());
        } else if (ctx instanceof CrmParser.StatementContext statement) {
            ObjectDef object = null;
            if (firstError == null) {
                try {
                    object = builder.statement(statement, pendingComments);
                } catch (RuntimeException e) {
                    firstError = e;
                }
            }
            pendingComments.clear();
            if (object != null) {
                sink.accept(object);
            } else if (streaming) {
                throw new ParseCancellationException(firstError);
            }
        }
        // The context is the script's last child (the parser added it on entering the rule).
        script.removeLastChild();
    }

    @Override
    public void enterEveryRule(ParserRuleContext ctx) {
        // Statements are built when they are complete, on exit.
    }

    @Override
    public void visitTerminal(TerminalNode node) {
        // Tokens are read through the statement's context.
    }

    @Override
    public void visitErrorNode(ErrorNode node) {
        // Errors stop the parse before any error node is built.
    }
}
