package org.jcrm.grammar.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jcrm.engine.cib.CibXml;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: for each {@code printer/NAME.xml}, the printer's output must equal
 * {@code NAME.show}, which is what crmsh 4.4.1's {@code configure show} printed for that CIB.
 */
class CrmPrinterGoldenTest {

    static Path goldenDir() throws URISyntaxException {
        return Path.of(CrmPrinterGoldenTest.class.getResource("/printer").toURI());
    }

    @TestFactory
    Stream<DynamicTest> showMatchesCrmsh() throws IOException, URISyntaxException {
        List<Path> cibs;
        try (Stream<Path> files = Files.list(goldenDir())) {
            cibs = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(cibs.isEmpty(), "no golden files found");
        return cibs.stream().map(xml -> DynamicTest.dynamicTest(xml.getFileName().toString(), () -> {
            String name = xml.getFileName().toString().replaceFirst("\\.xml$", "");
            String expected = Files.readString(xml.resolveSibling(name + ".show"), StandardCharsets.UTF_8);
            String actual = new CrmPrinter().printXml(Files.readString(xml, StandardCharsets.UTF_8), name + ".xml");
            if (!expected.equals(actual)) {
                // kept for diffing by hand: target/printer-actual/NAME.show
                Path out = Path.of("target", "printer-actual", name + ".show");
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            }
            assertEquals(expected, actual, name + ".show");
        }));
    }

    /** The golden files read through the JAXB model print the same. */
    @TestFactory
    Stream<DynamicTest> showOfModelMatchesCrmsh() throws IOException, URISyntaxException {
        List<Path> cibs;
        try (Stream<Path> files = Files.list(goldenDir())) {
            cibs = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(cibs.isEmpty(), "no golden files found");
        return cibs.stream().map(xml -> DynamicTest.dynamicTest(xml.getFileName().toString(), () -> {
            String name = xml.getFileName().toString().replaceFirst("\\.xml$", "");
            String expected = Files.readString(xml.resolveSibling(name + ".show"), StandardCharsets.UTF_8);
            String actual = new CrmPrinter().print(CibXml.read(xml));
            if (!expected.equals(actual)) {
                Path out = Path.of("target", "printer-actual", name + ".model.show");
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            }
            assertEquals(expected, actual, name + ".show (through the model)");
        }));
    }
}
