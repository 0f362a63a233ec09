package org.jcrm.grammar.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jcrm.grammar.ast.AstDump;

/** Prints the AST dump of a crm file (used to write and review golden files). */
public final class DumpMain {
    private DumpMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path path = Path.of(arg);
            try {
                System.out.print(AstDump.of(new CrmText().parse(Files.readString(path), path.getFileName().toString())));
            } catch (CrmSyntaxException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
