package org.jcrm.shell.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.engine.verify.CibXmlReader;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.SourceMap;
import org.jcrm.engine.verify.Verifier;
import org.jcrm.engine.verify.VerifyReport;
import org.junit.jupiter.api.Test;

/**
 * The broken-configuration corpus (verify-corpus/ at the repository root): each file has one defect
 * and a first-line "expect: LINE SEVERITY TEXT" comment; verify must report it at that line. crm text is
 * read by jcrm's own parser and mapper, with each object's position from the parser; a file they reject
 * counts as flagged when the rejection is at the expected line. Then jcrm's verdict on each CIB is
 * compared with crm_verify's on the XML jcrm wrote for it.
 */
class CorpusTest {
    private static final Pattern EXPECT = Pattern.compile("(?:#|<!--)\\s*expect:\\s*(\\d+|-)\\s+(error|warning)\\s+(.*?)\\s*(?:-->)?$");
    private final Path root = Path.of(System.getProperty("jcrm.root", ".."));
    private final Path work = root.resolve("shell/target/verify-corpus");
    private static final Verifier VERIFIER = Verifier.standard();
    private static final CrmTextInput CRM_TEXT = new CrmTextInput(
            Path.of(System.getenv().getOrDefault("OCF_ROOT", "/usr/lib/ocf"), "resource.d"));

    @Test
    void everyDefectIsFoundAtItsLineAndVerdictsAgreeWithCrmVerify() throws Exception {
        Files.createDirectories(work);
        RegistryAgentCatalog agents = new RegistryAgentCatalog(AgentRegistry.standard());
        List<String> misses = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        List<Path> files = corpus();
        assertTrue(files.size() >= 70, "the corpus has only " + files.size() + " files");
        boolean oracle = onPath("crm_verify");
        int compared = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
            assertTrue(m.find(), file + ": the first line must be an expect comment");
            Checked checked = check(file, text, agents);
            int line = m.group(1).equals("-") ? -1 : Integer.parseInt(m.group(1));
            boolean found = checked.report().findings().stream().anyMatch(f -> f.severity().word().equals(m.group(2))
                    && f.message().contains(m.group(3)) && (line < 0 || f.pos() != null && f.pos().line() == line));
            if (!found) {
                misses.add(file.getFileName() + ": expected " + m.group(1) + " " + m.group(2) + " '" + m.group(3)
                        + "', got " + checked.report().findings().stream().map(CorpusTest::show).collect(Collectors.toList()));
            }
            if (oracle && checked.xml() != null) {
                compared++;
                Process p = new ProcessBuilder("crm_verify", "-x", checked.xml().toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(60, TimeUnit.SECONDS);
                if ((p.exitValue() != 0) != checked.report().hasErrors()) {
                    disagreements.add("DISAGREE " + file.getFileName() + ": crm_verify exit " + p.exitValue() + ": "
                            + out.strip() + " | jcrm: " + checked.report().findings().stream().map(CorpusTest::show).toList());
                }
            }
        }
        disagreements.forEach(System.out::println);
        if (oracle) {
            System.out.printf("verify agreement with crm_verify on the corpus: %d/%d (%d files rejected by the parser "
                    + "or mapper, which crm_verify cannot read)%n", compared - disagreements.size(), compared,
                    files.size() - compared);
        }
        assertEquals(List.of(), misses);
        if (oracle) {
            assertTrue(compared - disagreements.size() >= floor(), "corpus agreement below the floor");
        }
    }

    @Test
    void examplesHaveNoErrors() throws Exception {
        Path examples = root.resolve("examples");
        assumeTrue(Files.isDirectory(examples), "no examples/ folder yet");
        Files.createDirectories(work);
        RegistryAgentCatalog agents = new RegistryAgentCatalog(AgentRegistry.standard());
        try (Stream<Path> s = Files.list(examples)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".crm") || p.toString().endsWith(".xml")).sorted().toList()) {
                VerifyReport report = check(file, Files.readString(file, StandardCharsets.UTF_8), agents).report();
                assertTrue(!report.hasErrors(), file + ": " + report.findings().stream().map(CorpusTest::show).toList());
            }
        }
    }

    /** A checked file: its report, and the CIB XML crm_verify can read (null when jcrm rejected the text). */
    private record Checked(VerifyReport report, Path xml) {
    }

    /**
     * Verifies one file as {@code jcrm verify} does: crm text through jcrm's parser and mapper (a file
     * they reject yields its one positioned error), XML as it is. The CIB of crm text is kept under
     * target/ for crm_verify.
     */
    private Checked check(Path file, String text, RegistryAgentCatalog agents) throws IOException {
        if (VerifyCommand.looksLikeXml(text)) {
            return new Checked(VERIFIER.verify(CibXmlReader.parse(text, file.toString()), agents,
                    SourceMap.empty()), file);
        }
        CrmTextInput.Checked checked = CRM_TEXT.check(text, file.toString(), VERIFIER, agents);
        if (checked.xml() == null) {
            return new Checked(checked.report(), null);
        }
        Path xml = work.resolve(file.getFileName().toString().replaceAll("\\.crm$", ".xml"));
        Files.writeString(xml, checked.xml(), StandardCharsets.UTF_8);
        return new Checked(checked.report(), xml);
    }

    private static String show(Finding f) {
        return (f.pos() == null ? "-" : f.pos().line()) + " " + f.severity().word() + " " + f.message();
    }

    private int floor() throws IOException {
        for (String line : Files.readAllLines(root.resolve("engine/src/test/resources/verify/agreement-floor.properties"))) {
            if (line.startsWith("corpus=")) {
                return Integer.parseInt(line.substring("corpus=".length()).trim());
            }
        }
        throw new IOException("no corpus floor");
    }

    private List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("verify-corpus"))) {
            return s.filter(p -> p.toString().endsWith(".crm") || p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
