package org.jcrm.grammar.parse;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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
        // One leading line break lets a comment on the first line be lexed like any other comment
        // line; line numbering starts at 0 so that the real first line is line 1.
        CrmLexer lexer = new CrmLexer(CharStreams.fromString("\n" + text, sourceName));
        lexer.setLine(0);
        ThrowingErrorListener errors = new ThrowingErrorListener(sourceName);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CrmParser parser = new CrmParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        CrmParser.ScriptContext tree = parser.script();
        return new AstBuilder(sourceName).script(tree);
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
