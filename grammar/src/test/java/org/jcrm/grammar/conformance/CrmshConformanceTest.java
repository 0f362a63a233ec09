package org.jcrm.grammar.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jcrm.grammar.printer.CrmPrinter;
import org.jcrm.grammar.printer.Layout;
import org.jcrm.grammar.printer.XmlElement;
import org.jcrm.grammar.printer.XmlElementReader;
import org.junit.jupiter.api.Test;

/**
 * Runs crmsh 4.4.1's own test cases about configuration text and XML against jcrm and prints a
 * report: per source how many cases pass, one line per failure, and the cases jcrm cannot run yet
 * with what they need. Fails when a source's pass count drops below its floor in
 * {@code conformance/floor.properties}. Reads the cases from the folder named by the system
 * property {@code jcrm.shared}; skipped when that folder is absent.
 */
class CrmshConformanceTest {
    private static final String PARSER = "the crm parser and mapper";

    private final ConformanceReport report = new ConformanceReport();
    private final CrmPrinter printer = new CrmPrinter();

    @Test
    void crmshCasesPassAtLeastTheFloor() throws IOException {
        Path crmsh = Path.of(System.getProperty("jcrm.shared", "../shared"), "conformance", "crmsh-4.4.1");
        assumeTrue(Files.isDirectory(crmsh), "crmsh conformance data not found at " + crmsh);

        @SuppressWarnings("unchecked")
        Map<String, Object> unit = (Map<String, Object>) Json.parse(
                Files.readString(crmsh.resolve("unit/unit_cases.json"), StandardCharsets.UTF_8));
        xmlToCli(cases(unit, "xml_to_cli_cases"));
        textToXml(cases(unit, "test_parse_configs_pairs"));
        roundTrips(cases(unit, "roundtrip_cases"));
        parseAssertions(cases(unit, "test_parse_cases"));
        cibTests(crmsh.resolve("cibtests"));
        blocks(crmsh);

        String text = report.render();
        System.out.println(text);
        Path out = Path.of("target", "crmsh-conformance.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);

        Properties floor = floor();
        List<String> below = new ArrayList<>();
        for (String source : floor.stringPropertyNames()) {
            int min = Integer.parseInt(floor.getProperty(source).trim());
            if (report.passed(source) < min) {
                below.add(source + ": " + report.passed(source) + " < floor " + min);
            }
        }
        assertTrue(below.isEmpty(), "conformance dropped below the floor: " + below);
    }

    /** XML → text: the printer's one-line form must equal crmsh's format_mode -1 output. */
    private void xmlToCli(List<Map<String, Object>> cases) {
        String source = "xml_to_cli";
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("test");
            if (!((List<?>) c.get("setup_cli")).isEmpty()) {
                report.notApplicable(source, name, PARSER + " (setup_cli)");
                continue;
            }
            String expected = (String) c.get("expected_cli_format_mode_-1");
            try {
                XmlElement e = XmlElementReader.parse((String) c.get("xml"), name);
                String actual = printer.printObject(e, Layout.PLAIN);
                if (actual.equals(expected)) {
                    report.pass(source);
                } else {
                    report.fail(source, name, "expected [" + expected + "] got [" + actual + "]");
                }
            } catch (RuntimeException ex) {
                report.fail(source, name, ex.toString());
            }
        }
    }

    private void textToXml(List<Map<String, Object>> cases) {
        for (Map<String, Object> c : cases) {
            report.notApplicable("text_to_xml", firstLine((String) c.get("input")), PARSER);
        }
    }

    private void roundTrips(List<Map<String, Object>> cases) {
        for (Map<String, Object> c : cases) {
            report.notApplicable("roundtrip", (String) c.get("test"), PARSER);
        }
    }

    private void parseAssertions(List<Map<String, Object>> cases) {
        for (Map<String, Object> c : cases) {
            report.notApplicable("parse_assertions", (String) c.get("test") + " [" + firstLine((String) c.get("input"))
                    + "]", PARSER);
        }
    }

    private void cibTests(Path dir) throws IOException {
        List<Path> inputs;
        try (var files = Files.list(dir)) {
            inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
        }
        for (Path input : inputs) {
            report.notApplicable("cibtests", input.getFileName().toString(), PARSER);
        }
    }

    /**
     * The regression blocks: configure-level definitions followed by show need the parser; blocks
     * driving other shell levels or commands name them.
     */
    private void blocks(Path crmsh) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> index = (Map<String, Object>) Json.parse(
                Files.readString(crmsh.resolve("blocks.json"), StandardCharsets.UTF_8));
        for (Map.Entry<String, Object> script : index.entrySet()) {
            int n = 0;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> events = (List<Map<String, Object>>) ((Map<String, Object>) script.getValue())
                    .get("events");
            for (Map<String, Object> event : events) {
                String kind = (String) event.get("kind");
                if (kind.equals("directive")) {
                    continue;
                }
                n++;
                String name = String.format("%s-%02d", script.getKey(), n);
                report.notApplicable("blocks", name, blockNeeds(kind, event));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String blockNeeds(String kind, Map<String, Object> event) {
        switch (kind) {
            case "show", "showxml" -> {
                return PARSER + ", configure " + kind.replace("showxml", "show xml");
            }
            case "single" -> {
                List<String> words = new ArrayList<>();
                for (String w : ((String) event.get("argv")).trim().split("\\s+")) {
                    if (!w.startsWith("-") && words.size() < 2) {
                        words.add(w);
                    }
                }
                return String.join(" ", words);
            }
            default -> {
                List<String> input = (List<String>) event.get("input");
                Set<String> commands = new LinkedHashSet<>();
                String level = input.isEmpty() ? "?" : input.get(0).trim().split("\\s+")[0];
                for (String line : input.subList(Math.min(1, input.size()), input.size())) {
                    String w = line.trim().split("\\s+")[0];
                    if (!w.isEmpty() && !w.startsWith("#") && commands.size() < 6) {
                        commands.add(w);
                    }
                }
                return level + " level: " + String.join(", ", commands);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Map<String, Object> unit, String key) {
        return (List<Map<String, Object>>) unit.get(key);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    private static Properties floor() throws IOException {
        Properties p = new Properties();
        try (InputStream in = CrmshConformanceTest.class.getResourceAsStream("/conformance/floor.properties")) {
            if (in == null) {
                throw new IOException("conformance/floor.properties missing from the test resources");
            }
            p.load(in);
        }
        return p;
    }
}
