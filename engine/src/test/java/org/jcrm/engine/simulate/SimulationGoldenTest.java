package org.jcrm.engine.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.Transition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for specific behaviours: each {@code scheduler/NAME.xml} is simulated and compared
 * with {@code NAME.summary} (recorded from crm_simulate 2.1.5), ignoring white space as Pacemaker's
 * own test runner does.
 */
class SimulationGoldenTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @TestFactory
    Stream<DynamicTest> goldenSummaries() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/scheduler").toURI());
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(cases::add);
        }
        assertFalse(cases.isEmpty(), "no golden cases in " + dir);
        return cases.stream().map(xml -> DynamicTest.dynamicTest(xml.getFileName().toString(), () -> {
            Path expectedFile = Path.of(xml.toString().replaceAll("\\.xml$", ".summary"));
            Transition t = Scheduler.schedule(Files.readString(xml), NOW);
            String actual = SimulationReport.render(t, new SimulationReport.Options(true, true, null));
            assertEquals(normalized(Files.readString(expectedFile)), normalized(actual), xml.getFileName().toString());
            Transition viaModel = Scheduler.schedule(CibXml.parse(Files.readString(xml), xml.toString()), NOW);
            assertEquals(t.summary(), viaModel.summary(), "the JAXB model path must schedule the same");
        }));
    }

    private static String normalized(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String s = line.replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                out.append(s).append('\n');
            }
        }
        return out.toString();
    }
}
