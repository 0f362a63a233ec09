package org.jcrm.grammar.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.mapper.CibMappingException;
import org.jcrm.grammar.parse.CrmSyntaxException;
import org.jcrm.grammar.parse.MiniJson;
import org.jcrm.grammar.printer.CrmPrinter;
import org.jcrm.grammar.printer.Layout;
import org.jcrm.grammar.printer.XmlElement;
import org.jcrm.grammar.printer.XmlElementReader;
import org.junit.jupiter.api.Test;

/**
 * Runs crmsh 4.4.1's own test cases about configuration text and XML against jcrm and prints a
 * report: per source how many cases pass, one line per failure saying why, the cases that drive
 * other shell levels (not applicable here: the regression blocks are transcripts the shell module
 * measures) and the overall share of configuration text/XML cases that pass. crmsh's unit cases
 * run against a CIB like its unit tests' (nodes ha-one, ha-two, ha-three). One known disagreement:
 * the unit pair {@code op start timeout=60s} expects {@code interval="0s"} where the installed
 * crmsh and crmsh's own regression transcripts write {@code interval="0"}, which jcrm follows.
 * Fails when a source's pass count drops below its floor in
 * {@code conformance/floor.properties}. Reads the cases from the folder named by the system
 * property {@code jcrm.shared}; skipped when that folder is absent.
 */
class CrmshConformanceTest {
    private static final Set<String> CONFIGURE_OBJECTS = Set.of("node", "primitive", "group", "clone", "ms",
            "master", "rsc_template", "template", "bundle", "location", "colocation", "collocation", "order",
            "rsc_ticket", "property", "rsc_defaults", "op_defaults", "fencing_topology", "role", "user",
            "acl_target", "acl_group", "tag", "alert", "monitor");

    private final ConformanceReport report = new ConformanceReport();
    private final CrmPrinter printer = new CrmPrinter(List.of());
    private final CrmPipeline pipeline = new CrmPipeline();
    private final XmlElement unitTestCib = CrmPipeline.unitTestCibXml();

    @Test
    void crmshCasesPassAtLeastTheFloor() throws IOException {
        Path crmsh = Path.of(System.getProperty("jcrm.shared", "../shared"), "conformance", "crmsh-4.4.1");
        assumeTrue(Files.isDirectory(crmsh), "crmsh conformance data not found at " + crmsh);

        @SuppressWarnings("unchecked")
        Map<String, Object> unit = (Map<String, Object>) MiniJson.parse(
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

    /**
     * XML → text: the printer's one-line form must equal crmsh's format_mode -1 output; printed in the
     * context of crmsh's unit-test CIB (with the case's setup objects), whose nodes decide
     * fencing_topology's short form.
     */
    private void xmlToCli(List<Map<String, Object>> cases) {
        String source = "xml_to_cli";
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("test");
            List<String> setup = new ArrayList<>();
            for (Object line : (List<?>) c.get("setup_cli")) {
                setup.add((String) line);
            }
            String expected = (String) c.get("expected_cli_format_mode_-1");
            try {
                XmlElement context = setup.isEmpty() ? unitTestCib
                        : pipeline.apply(CrmPipeline.unitTestCib(), String.join("\n", setup), name);
                XmlElement e = XmlElementReader.parse((String) c.get("xml"), name);
                String actual = printer.printObject(e, context, Layout.PLAIN);
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

    /**
     * Text → XML: the element jcrm builds for the statement ({@code CibMapper.element}) must equal
     * crmsh's parser output, ignoring ids crmsh's XML does not show; members a container names are
     * compared as crmsh's {@code <crmsh-ref>} placeholders.
     */
    private void textToXml(List<Map<String, Object>> cases) {
        String source = "text_to_xml";
        for (Map<String, Object> c : cases) {
            String input = (String) c.get("input");
            String name = "[" + firstLine(input) + "]";
            try {
                XmlElement want = XmlElementReader.parse((String) c.get("expected_xml_no_ids"), name);
                List<XmlElement> statements = pipeline.statements(input, "case");
                String expected = CanonicalXml.withIdsOf(want, want);
                if (statements.size() != 1) {
                    report.fail(source, name, statements.size() + " statements parsed, crmsh's case has one");
                    continue;
                }
                String actual = CanonicalXml.withIdsOf(statements.get(0), want);
                if (actual.equals(expected)) {
                    report.pass(source);
                } else {
                    report.fail(source, name, CanonicalXml.firstDifference(expected, actual));
                }
            } catch (RuntimeException ex) {
                report.fail(source, name, firstLine(String.valueOf(ex.getMessage())));
            }
        }
    }

    /** Text → CIB → text: printing the mapped object must give crmsh's text back. */
    private void roundTrips(List<Map<String, Object>> cases) {
        String source = "roundtrip";
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("test");
            List<String> lines = new ArrayList<>();
            for (Object setup : (List<?>) c.get("setup_cli")) {
                lines.add((String) setup);
            }
            lines.add((String) c.get("input"));
            String text = String.join("\n", lines);
            String expected = (String) c.get("expected");
            try {
                XmlElement cib = pipeline.toCib(text, name);
                String id = pipeline.lastObjectId(text, name);
                Layout layout = switch ((String) c.get("format_mode")) {
                    case "-1" -> Layout.PLAIN;
                    case "0" -> Layout.ONE_LINE;
                    default -> Layout.SHOW;
                };
                String actual = printer.printObject(cib, id, layout);
                if (actual.equals(expected)) {
                    report.pass(source);
                } else {
                    report.fail(source, name, "expected [" + expected + "] got [" + actual + "]");
                }
            } catch (RuntimeException ex) {
                report.fail(source, name, firstLine(String.valueOf(ex.getMessage())));
            }
        }
    }

    /**
     * crmsh's parser tests, each statement built on its own ({@code CibMapper.element}) as crmsh's
     * parser does: assertions about the elements, or a refusal. An assertion naming {@code out2}
     * compares with the case before in the same test, which set {@code out}; local variables of
     * crmsh's test that the case data lacks come from {@link TestLocals}.
     */
    private void parseAssertions(List<Map<String, Object>> cases) throws IOException {
        TestLocals locals = new TestLocals();
        String source = "parse_assertions";
        Map<String, List<XmlElement>> lastOut = new HashMap<>();
        for (Map<String, Object> c : cases) {
            String input = (String) c.get("input");
            String test = (String) c.get("test");
            String name = test + " [" + firstLine(input) + "]";
            List<String> written = new ArrayList<>();
            for (Object a : (List<?>) c.get("assertions")) {
                written.add((String) a);
            }
            List<String> assertions = locals.expand(test, input, written);
            boolean refused = assertions.stream().anyMatch(ParseAssertion::expectsFailure);
            boolean second = assertions.stream().anyMatch(ParseAssertion::comparesWithPrevious);
            List<XmlElement> statements;
            try {
                statements = pipeline.statements(input, "case");
            } catch (CrmSyntaxException | CibMappingException ex) {
                if (refused) {
                    report.pass(source);
                } else {
                    report.fail(source, name, "refused: " + firstLine(ex.getMessage()));
                }
                continue;
            } catch (RuntimeException ex) {
                report.fail(source, name, firstLine(String.valueOf(ex)));
                continue;
            }
            if (refused) {
                report.fail(source, name, "accepted, crmsh refuses it");
                continue;
            }
            Map<String, List<XmlElement>> vars = new HashMap<>();
            vars.put("outp", statements);
            if (second) {
                vars.put("out2", statements);
                vars.put("out", lastOut.getOrDefault(test, List.of()));
            } else {
                vars.put("out", statements);
                lastOut.put(test, statements);
            }
            String why = null;
            try {
                for (String a : assertions) {
                    why = ParseAssertion.check(a, vars);
                    if (why != null) {
                        break;
                    }
                }
            } catch (UnsupportedOperationException ex) {
                why = "not checkable: " + firstLine(ex.getMessage());
            } catch (ParseAssertion.AssertionFailure ex) {
                why = ex.getMessage();
            }
            if (why == null) {
                report.pass(source);
            } else {
                report.fail(source, name, why);
            }
        }
    }

    /**
     * crm sessions applied to shadow.base, whole CIB compared canonically; the expected files carry
     * no attributes on {@code <cib>} (epoch, num_updates, cib-last-written ...), so none are compared.
     */
    private void cibTests(Path dir) throws IOException {
        String source = "cibtests";
        List<Path> inputs;
        try (var files = Files.list(dir)) {
            inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
        }
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            List<String> session = joinContinuations(Files.readAllLines(input, StandardCharsets.UTF_8));
            List<String> configure = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            String level = "";
            for (String line : session) {
                String[] words = line.trim().split("\\s+");
                if (words[0].isEmpty() || words[0].equals("quit") || words[0].equals("commit")) {
                    continue;
                }
                if (words[0].equals("configure") || words[0].equals("up")) {
                    level = words[0].equals("up") ? "" : "configure";
                } else if (level.equals("configure")) {
                    configure.add(line);
                } else {
                    missing.add(words[0] + (words.length > 1 ? " " + words[1] : ""));
                }
            }
            if (!missing.isEmpty()) {
                report.notApplicable(source, name, String.join(", ", missing));
                continue;
            }
            try {
                Cib cib = CibXml.read(dir.resolve("shadow.base"));
                XmlElement actual = pipeline.apply(cib, String.join("\n", configure), name);
                XmlElement expected = XmlElementReader.parse(
                        Files.readString(input.resolveSibling(name.replace(".input", ".exp.xml"))), name);
                Map<String, Set<String>> ignored = Map.of("cib", new LinkedHashSet<>(actual.attributes().keySet()));
                String e = CanonicalXml.of(expected, ignored);
                String a = CanonicalXml.of(actual, ignored);
                if (e.equals(a)) {
                    report.pass(source);
                } else {
                    report.fail(source, name, CanonicalXml.firstDifference(e, a));
                }
            } catch (RuntimeException ex) {
                report.fail(source, name, firstLine(String.valueOf(ex.getMessage())));
            }
        }
    }

    private static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                out.add(current.append(line).toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * The regression blocks: configure-level definitions followed by show need the parser; blocks
     * driving other shell levels or commands name them.
     */
    private void blocks(Path crmsh) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> index = (Map<String, Object>) MiniJson.parse(
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
                Set<String> commands = new LinkedHashSet<>();
                for (String line : (List<String>) event.get("input")) {
                    String w = line.trim().split("\\s+")[0];
                    if (!w.isEmpty() && !w.startsWith("#") && !CONFIGURE_OBJECTS.contains(w) && !w.equals("show")) {
                        commands.add(w);
                    }
                }
                return "configure " + String.join(", ", commands);
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
