package org.jcrm.grammar.parse;

import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jcrm.grammar.ast.ConfigScript;
import org.jcrm.grammar.ast.ObjectDef;

/**
 * Parses crm configuration text (crmsh 4.4 configure syntax) into a {@link ConfigScript}. Parsing is
 * all or nothing: the first syntax or semantic error raises a {@link CrmSyntaxException} naming
 * source, line, column and what was expected, and no AST is returned.
 */
public final class CrmText {

    /** Parses text; sourceName (a file name or {@code <stdin>}) appears in error messages. */
    public ConfigScript parse(String text, String sourceName) {
        // SLL prediction is much cheaper than full LL and gives the same tree whenever it succeeds; on
        // any error (a real syntax error or a decision SLL cannot make) the text is parsed again with
        // full LL and the throwing listener, so error messages are the ones full LL reports.
        try {
            return parse(parser(text, sourceName, PredictionMode.SLL, new SilentBail()), sourceName);
        } catch (ParseCancellationException e) {
            return parse(parser(text, sourceName, PredictionMode.LL, null), sourceName);
        }
    }

    /**
     * Parses text as {@link #parse} does, handing each statement to {@code each} as soon as it is
     * built, without keeping the script. Returns false, having stopped early, when the text holds an
     * error or needs the slower full-LL prediction: then the statements handed over are not the
     * script's, and {@link #parse} gives the script or the exact error. What {@code each} throws
     * stops the parse and is thrown on.
     */
    public boolean parseEach(String text, String sourceName, Consumer<ObjectDef> each) {
        StatementCollector statements = new StatementCollector(new AstBuilder(sourceName), each);
        CrmParser parser = parser(text, sourceName, PredictionMode.SLL, new SilentBail());
        parser.addParseListener(statements);
        try {
            parser.script();
        } catch (ParseCancellationException e) {
            return false;
        }
        return !statements.failed();
    }

    private static ConfigScript parse(CrmParser parser, String sourceName) {
        StatementCollector statements = new StatementCollector(new AstBuilder(sourceName));
        parser.addParseListener(statements);
        parser.script();
        return statements.script();
    }

    /** A parser over text; {@code bail} null reports the first error as a {@link CrmSyntaxException}. */
    private static CrmParser parser(String text, String sourceName, PredictionMode mode, SilentBail bail) {
        // One leading line break lets a comment on the first line be lexed like any other comment
        // line; line numbering starts at 0 so that the real first line is line 1.
        CrmLexer lexer = new CrmLexer(CharStreams.fromString("\n" + text, sourceName));
        lexer.setLine(0);
        ANTLRErrorListener errors = bail != null ? bail : new ThrowingErrorListener(sourceName);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        // The fast pass keeps only the tokens prediction still needs; the full pass buffers them all,
        // as its error reports may look back.
        TokenStream tokens = bail != null ? new UnbufferedTokenStream<>(lexer) : new CommonTokenStream(lexer);
        CrmParser parser = new CrmParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(mode);
        if (bail != null) {
            parser.setErrorHandler(new BailErrorStrategy());
        } else {
            parser.addErrorListener(errors);
        }
        return parser;
    }

    /** Stops the fast first pass at a lexer error, leaving the report to the full pass. */
    private static final class SilentBail extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String msg, RecognitionException e) {
            throw new ParseCancellationException(msg);
        }
    }

    /**
     * Parses exactly one statement, as typed at the configure prompt (it may span continued
     * lines); text holding no statement or more than one raises a {@link CrmSyntaxException}.
     */
    public ObjectDef parseStatement(String text, String sourceName) {
        List<ObjectDef> objects = parse(text, sourceName).objects();
        if (objects.isEmpty()) {
            throw new CrmSyntaxException(sourceName, 1, 1, "expected a statement, found none");
        }
        if (objects.size() > 1) {
            throw new CrmSyntaxException(objects.get(1).pos(), "expected one statement, found "
                    + objects.size());
        }
        return objects.get(0);
    }
}
