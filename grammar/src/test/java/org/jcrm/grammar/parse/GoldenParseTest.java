package org.jcrm.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jcrm.grammar.ast.AstDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every parse/NAME.crm parses to the AST dump in parse/NAME.ast. */
class GoldenParseTest {

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/parse").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".crm")).sorted().map(crm -> DynamicTest.dynamicTest(
                crm.getFileName().toString(), () -> {
                    String name = crm.getFileName().toString();
                    Path ast = crm.resolveSibling(name.replace(".crm", ".ast"));
                    String actual = AstDump.of(new CrmText().parse(Files.readString(crm), name));
                    assertEquals(Files.readString(ast), actual);
                }));
    }
}
