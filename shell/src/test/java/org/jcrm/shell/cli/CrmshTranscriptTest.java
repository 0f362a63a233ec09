package org.jcrm.shell.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcrm.shell.repl.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs crmsh 4.4.1's regression blocks through jcrm's shell and compares the transcripts with
 * crmsh's expected ones: {@code .TRY} and {@code .INP:} lines as crmsh writes them, then what each
 * command printed (stdout and stderr together). Comparison ignores white space and blank lines,
 * drops lines matching the block's {@code .excl} patterns, drops {@code .EXT} lines (the external
 * programs crmsh ran; jcrm runs none) and the input line numbers crmsh puts into its messages
 * ({@code WARNING: 19: ...}). crmsh's internal test commands ({@code _regtest}, {@code _test}, whose
 * names start with '_') are not part of the shell jcrm reproduces: their lines are echoed, not run.
 * <p>crmsh's regression harness runs every suite (the blocks sharing a name before {@code -NN}) on one
 * shadow CIB, created before the suite's first block from a fixed sample configuration (one node,
 * p0 to p3, st, the clones c1 and m1, resource and operation defaults: the listing the {@code file}
 * suite saves before it changes anything). Later blocks see what earlier blocks of the same suite
 * left, stdin sessions included; so here too each suite starts from {@code transcripts/sample-cib.xml}
 * (that configuration as crmsh writes it) and its blocks run one after the other on that CIB.
 * Prints a report with the first differing line of each failing block (and the whole transcript of
 * the block named by the system property {@code jcrm.transcript.dump}, for debugging)
 * and fails when fewer blocks match than the floor kept in {@code transcripts/floor.properties}.
 */
class CrmshTranscriptTest {
    private static final Pattern LINE_NUMBER = Pattern.compile("^(INFO|WARNING|ERROR): \\d+: ");

    @TempDir
    Path dir;

    @Test
    void regressionBlocksMatchAtLeastTheFloor() throws IOException {
        String shared = System.getProperty("jcrm.shared");
        assumeTrue(shared != null, "jcrm.shared is not set");
        Path crmsh = Path.of(shared, "conformance", "crmsh-4.4.1");
        assumeTrue(Files.isDirectory(crmsh.resolve("blocks")), "no crmsh blocks in " + crmsh);
        List<String> common = Files.readAllLines(crmsh.resolve("regression/common.excl"));

        Map<String, String> failures = new TreeMap<>();
        List<String> passed = new ArrayList<>();
        List<Path> blocks;
        try (Stream<Path> files = Files.list(crmsh.resolve("blocks"))) {
            blocks = files.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        for (Path in : blocks) {
            String name = in.getFileName().toString().replaceFirst("\\.in$", "");
            String suite = name.replaceFirst("-\\d+$", "");
            List<Pattern> excl = patterns(common, crmsh.resolve("regression/" + suite + ".excl"));
            List<String> expected = normalise(Files.readString(in.resolveSibling(name + ".exp")), excl, true);
            List<String> actual = normalise(transcript(Files.readAllLines(in), suite), excl, false);
            String diff = firstDifference(expected, actual);
            if (name.equals(System.getProperty("jcrm.transcript.dump"))) {
                System.out.println("--- " + name + " as jcrm ran it:\n" + String.join("\n", actual));
            }
            if (diff == null) {
                passed.add(name);
            } else {
                failures.put(name, diff);
            }
        }
        StringBuilder report = new StringBuilder("crmsh 4.4.1 transcript blocks: " + passed.size() + "/" + blocks.size()
                + " match\n");
        report.append("  matching: ").append(String.join(" ", passed)).append('\n');
        failures.forEach((name, why) -> report.append("  FAIL ").append(name).append(": ").append(why).append('\n'));
        System.out.print(report);
        int floor = Integer.parseInt(new String(getClass().getResourceAsStream("/transcripts/floor.properties")
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s).*blocks=(\\d+).*", "$1"));
        assertTrue(passed.size() >= floor, "transcript blocks matching dropped below the floor " + floor + ":\n" + report);
    }

    /**
     * Runs one block and returns its transcript in crmsh's regression format. The blocks of a suite
     * run one after the other on one CIB, starting from the sample CIB, as crmsh's suites run them.
     */
    private String transcript(List<String> block, String suite) throws IOException {
        String description = header(block, "description");
        String argv = header(block, "argv");
        Path work = dir.resolve("suite-" + suite);
        if (!Files.isDirectory(work)) {
            Files.createDirectories(work);
            try (var sample = getClass().getResourceAsStream("/transcripts/sample-cib.xml")) {
                Files.copy(sample, work.resolve("cib.xml"));
            }
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Shell shell = new CrmShellCommand(Map.of("CIB_file", work.resolve("cib.xml").toString(), "HOME", work.toString(),
                "CIB_shadow_dir", work.toString()), new ByteArrayInputStream(new byte[0])).newShell(out, out, false);
        if (argv != null) {
            String tried = argv.replaceFirst("^crm -c <shadow> ", "");
            out.println(".TRY " + tried);
            // crm's own option -F (force) is not part of the shell command: it answers questions yes.
            String command = tried.replaceFirst("^-F ", "");
            shell.context().force(!command.equals(tried));
            run(shell, command, out);
            shell.context().force(false);
            List<String> then = block.stream().filter(l -> l.startsWith("# then: ")).map(l -> l.substring(8)).toList();
            if (!then.isEmpty()) {
                for (String line : concat(List.of("configure", "_regtest on"), then)) {
                    out.println(".INP: " + line);
                    run(shell, line, out);
                }
            }
        } else {
            out.println(".TRY " + (description == null ? "" : description));
            boolean body = false;
            for (String line : block) {
                if (body) {
                    out.println(".INP: " + line);
                    run(shell, line, out);
                } else {
                    body = line.equals("# crm stdin follows");
                }
            }
        }
        runQuietly(shell, "end");
        return output.toString(StandardCharsets.UTF_8);
    }

    private static void run(Shell shell, String line, PrintStream out) {
        if (line.startsWith("_")) {
            return; // crmsh's internal test commands (_regtest, _test, _objects) are echoed, not run
        }
        try {
            shell.execute(line);
        } catch (CliException e) {
            out.println("ERROR: " + e.getMessage());
        } catch (RuntimeException e) {
            out.println("ERROR: internal error: " + e);
        }
    }

    private static void runQuietly(Shell shell, String line) {
        run(shell, line, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static String header(List<String> block, String key) {
        return block.stream().filter(l -> l.startsWith("# " + key + ": ")).map(l -> l.substring(key.length() + 4))
                .findFirst().orElse(null);
    }

    private static List<Pattern> patterns(List<String> common, Path suiteExcl) throws IOException {
        List<Pattern> all = new ArrayList<>();
        List<String> lines = new ArrayList<>(common);
        if (Files.exists(suiteExcl)) {
            lines.addAll(Files.readAllLines(suiteExcl));
        }
        for (String line : lines) {
            if (!line.isBlank()) {
                all.add(Pattern.compile(line));
            }
        }
        return all;
    }

    /** Lines with white space collapsed; blank, excluded and .EXT lines dropped. */
    static List<String> normalise(String text, List<Pattern> excl, boolean expected) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.lines().toList()) {
            if (raw.isBlank() || raw.startsWith(".EXT ") || excl.stream().anyMatch(p -> p.matcher(raw).find())) {
                continue;
            }
            String line = expected ? LINE_NUMBER.matcher(raw).replaceFirst("$1: ") : raw;
            lines.add(line.strip().replaceAll("\\s+", " "));
        }
        return lines;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end>";
            String a = i < actual.size() ? actual.get(i) : "<end>";
            if (!e.equals(a)) {
                return "line " + (i + 1) + ": expected [" + e + "] got [" + a + "]";
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
