package org.jcrm.grammar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.differential.CanonicalXml;
import org.jcrm.grammar.differential.LineDiff;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.printer.CrmPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The crm configurations under {@code examples/}. Each one parses and maps; printing it and
 * reparsing gives the same CIB (up to object order and generated inner ids) and the same text
 * again; jcrm's printer shows crmsh's CIB ({@code examples/crmsh/NAME.xml}) as
 * {@code crm configure show} did ({@code NAME.show}). How many examples map to exactly crmsh's
 * CIB is reported with the diffs and held to the {@code examples.agree} floor.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("jcrm.root", ".."), "examples");
    private final CibMapper mapper = new CibMapper(ProviderResolver.installedUnder(Path.of("/usr/lib/ocf/resource.d")));

    private static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            List<Path> files = list.filter(p -> p.toString().endsWith(".crm")).sorted().toList();
            assertFalse(files.isEmpty(), "no examples under " + EXAMPLES);
            return files;
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().replace(".crm", "");
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return exampleFiles().stream().flatMap(file -> Stream.of(
                DynamicTest.dynamicTest(name(file) + ": print and reparse", () -> roundTrip(file)),
                DynamicTest.dynamicTest(name(file) + ": show as crmsh", () -> showAsCrmsh(name(file)))));
    }

    @Test
    void mappedAsCrmshDid() throws IOException {
        StringBuilder report = new StringBuilder();
        int agree = 0;
        List<Path> files = exampleFiles();
        for (Path file : files) {
            String crmsh = Files.readString(EXAMPLES.resolve("crmsh").resolve(name(file) + ".xml"));
            List<String> diff = LineDiff.diff(CanonicalXml.configuration(crmsh),
                    CanonicalXml.configuration(CibXml.toXml(load(Files.readString(file), file.toString()))), 30);
            if (diff.isEmpty()) {
                agree++;
            } else {
                report.append(name(file)).append(": CIB differs (- crmsh, + jcrm)\n")
                        .append(String.join("\n", diff)).append('\n');
            }
        }
        int floor = Integer.parseInt(floors().getProperty("examples.agree", "0"));
        System.out.println("examples mapped as crmsh did: " + agree + "/" + files.size() + " (floor " + floor + ")\n"
                + report);
        assertTrue(agree >= floor, agree + "/" + files.size() + " examples agree with crmsh, floor " + floor);
    }

    private Cib load(String text, String source) {
        return mapper.toCib(new CrmText().parse(text, source));
    }

    private void roundTrip(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("#"), file + " has no comment header");
        CrmPrinter printer = new CrmPrinter(List.of());
        Cib first = load(text, file.toString());
        String printed = printer.print(first);
        Cib second = load(printed, file + " (printed)");
        List<String> diff = LineDiff.diff(CanonicalXml.configurationModuloOrderAndInnerIds(CibXml.toXml(first)),
                CanonicalXml.configurationModuloOrderAndInnerIds(CibXml.toXml(second)), 40);
        assertTrue(diff.isEmpty(), "CIB changed through print and reparse (- loaded, + reloaded)\n"
                + String.join("\n", diff) + "\nprinted text:\n" + printed);
        assertEquals(printed, printer.print(second), "printing the reparsed CIB gives other text");
    }

    private void showAsCrmsh(String name) throws IOException {
        Path dir = EXAMPLES.resolve("crmsh");
        String ours = new CrmPrinter().printXml(Files.readString(dir.resolve(name + ".xml")), name + ".xml");
        List<String> diff = LineDiff.diff(LineDiff.normalisedLines(Files.readString(dir.resolve(name + ".show"))),
                LineDiff.normalisedLines(ours), 40);
        assertTrue(diff.isEmpty(), "show differs (- crm, + jcrm)\n" + String.join("\n", diff));
    }

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExamplesTest.class.getResourceAsStream("/differential/floors.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
