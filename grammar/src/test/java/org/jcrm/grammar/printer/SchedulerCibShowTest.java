package org.jcrm.grammar.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real-world CIBs: Pacemaker's scheduler regression inputs (read from the shared conformance data)
 * printed by jcrm must equal what crmsh 4.4.1's {@code configure show} printed for them, kept in
 * {@code printer/scheduler/NAME.show}. Skipped when the shared data is absent.
 */
class SchedulerCibShowTest {

    @TestFactory
    Stream<DynamicTest> schedulerCibsShowAsCrmshDoes() throws IOException, URISyntaxException {
        Path xmlDir = Path.of(System.getProperty("jcrm.shared", "../shared"),
                "conformance", "pacemaker-2.1.5", "scheduler", "xml");
        assumeTrue(Files.isDirectory(xmlDir), "scheduler CIBs not found at " + xmlDir);
        List<Path> shows;
        try (Stream<Path> files = Files.list(CrmPrinterGoldenTest.goldenDir().resolve("scheduler"))) {
            shows = files.filter(p -> p.toString().endsWith(".show")).sorted().toList();
        }
        assertFalse(shows.isEmpty(), "no scheduler golden files");
        return shows.stream().map(show -> DynamicTest.dynamicTest(show.getFileName().toString(), () -> {
            String name = show.getFileName().toString().replaceFirst("\\.show$", "");
            Path xml = xmlDir.resolve(name + ".xml");
            String actual = new CrmPrinter().printXml(Files.readString(xml, StandardCharsets.UTF_8), name + ".xml");
            String expected = Files.readString(show, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path out = Path.of("target", "printer-actual", "scheduler", name + ".show");
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
            }
            assertEquals(expected, actual, name);
        }));
    }
}
