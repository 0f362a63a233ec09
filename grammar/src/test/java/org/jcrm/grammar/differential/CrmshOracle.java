package org.jcrm.grammar.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The reference: the installed crmsh 4.4.1 loading a configuration into an empty file CIB
 * ({@code crm configure load update}) and showing it back, in one crm process per configuration.
 */
final class CrmshOracle {
    private static final long TIMEOUT_SECONDS = 120;

    /** What crmsh made of one configuration: the CIB it wrote, what show printed, its messages. */
    record Outcome(int exitCode, String cibXml, String show, String messages) {
        boolean accepted() {
            return exitCode == 0 && !cibXml.isEmpty();
        }
    }

    /** Whether {@code crm} and {@code cibadmin} are on the PATH. */
    static boolean available() {
        return onPath("crm") && onPath("cibadmin");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Loads {@code config} into a fresh empty CIB under {@code workDir} and shows it. */
    Outcome run(String config, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path cib = workDir.resolve("cib.xml");
        Path crm = workDir.resolve("config.crm");
        Path script = workDir.resolve("script.crm");
        Files.writeString(crm, config);
        Files.writeString(cib, emptyCib());
        Files.writeString(script, "configure\nload update " + crm.toAbsolutePath() + "\nshow\n");
        ProcessBuilder pb = new ProcessBuilder("crm", "-F", "-D", "plain", "-f", script.toAbsolutePath().toString());
        pb.environment().put("CIB_file", cib.toAbsolutePath().toString());
        pb.redirectOutput(workDir.resolve("stdout").toFile());
        pb.redirectError(workDir.resolve("stderr").toFile());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Outcome(-1, "", "", "crm did not finish within " + TIMEOUT_SECONDS + " s");
        }
        StringBuilder show = new StringBuilder();
        StringBuilder messages = new StringBuilder(Files.readString(workDir.resolve("stderr"), StandardCharsets.UTF_8));
        // In script mode crmsh prints its messages on stdout too, coloured whatever -D says.
        for (String line : Files.readString(workDir.resolve("stdout"), StandardCharsets.UTF_8).split("\n", -1)) {
            (MESSAGE.matcher(line).lookingAt() ? messages : show).append(line).append('\n');
        }
        return new Outcome(p.exitValue(), p.exitValue() == 0 ? Files.readString(cib) : "", show.toString(),
                messages.toString());
    }

    private static final Pattern MESSAGE = Pattern.compile("(\\e\\[[0-9;]*m)?(ERROR|WARNING|INFO|DEBUG)(\\e\\[0m)?: ");

    private static String emptyCib() throws IOException, InterruptedException {
        synchronized (CrmshOracle.class) {
            if (emptyCib == null) {
                Process p = new ProcessBuilder("cibadmin", "--empty").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IOException("cibadmin --empty failed: " + text);
                }
                emptyCib = text;
            }
            return emptyCib;
        }
    }

    private static String emptyCib;

    /** crmsh's messages worth reporting: its errors and warnings less the ones every file CIB gets. */
    static List<String> complaints(String messages) {
        List<String> lines = new ArrayList<>();
        for (String line : messages.split("\n")) {
            if ((line.contains("ERROR") || line.contains("WARNING")) && !line.contains("lack of quorum")
                    && !line.contains("Blind faith") && !line.contains("commit forced")) {
                lines.add(line.replaceAll("\u001b\\[[0-9;]*m", "").strip());
            }
        }
        return lines;
    }
}
