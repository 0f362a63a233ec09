package org.jcrm.engine.scheduler.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.SimulateText;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.simulate.SimulationReport;

/**
 * One seed of the differential test: the generated CIB (regenerated from derived seeds until
 * crm_verify accepts it and crm_simulate runs to completion), crm_simulate's text and jcrm's text
 * for it, and whether they agree.
 *
 * @param seed      the seed asked for
 * @param attempt   how many derived seeds were rejected by crm_verify or crm_simulate before this CIB (0: none)
 * @param cib       the CIB text compared, or null when no attempt was valid
 * @param expected  crm_simulate's output
 * @param actual    jcrm's output (or the exception it threw)
 */
record SeedComparison(long seed, int attempt, String cib, String expected, String actual) {
    /** Derived seeds tried before giving up on a seed. */
    static final int ATTEMPTS = 5;

    /** Generates, verifies and simulates the CIB of {@code seed} with both schedulers, using {@code work} for files. */
    static SeedComparison run(long seed, DebianSimulator debian, Path work) throws IOException {
        Path file = work.resolve("seed-" + seed + ".xml");
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String cib = CibGenerator.generate(derived(seed, attempt));
                Files.writeString(file, cib);
                if (debian.verify(file).isPresent()) {
                    continue;
                }
                Optional<String> expected = debian.simulate(file);
                if (expected.isPresent()) {
                    return new SeedComparison(seed, attempt, cib, expected.get(), jcrm(cib));
                }
            }
            return new SeedComparison(seed, ATTEMPTS, null, "", "");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Attempt 0 uses the seed itself; later attempts mix in the attempt number. */
    static long derived(long seed, int attempt) {
        return attempt == 0 ? seed : seed * 0x9E3779B97F4A7C15L + attempt;
    }

    private static String jcrm(String cib) {
        Instant now = Instant.ofEpochSecond(CibGenerator.EXECUTION_DATE);
        try {
            Transition t = Scheduler.schedule(cib, now);
            return SimulationReport.render(t, new SimulationReport.Options(true, true, now));
        } catch (RuntimeException e) {
            return "exception " + e;
        }
    }

    boolean valid() {
        return cib != null;
    }

    boolean summaryAgrees() {
        return valid() && SimulateText.summary(SimulateText.normalized(expected)).equals(SimulateText.summary(SimulateText.normalized(actual)));
    }

    boolean wholeAgrees() {
        return valid() && SimulateText.normalized(expected).equals(SimulateText.normalized(actual));
    }

    /** The report entry: both Transition Summaries, lines only one side has marked - (crm_simulate) and + (jcrm). */
    String describe() {
        StringBuilder out = new StringBuilder();
        if (!valid()) {
            return out.append("seed ").append(seed).append(": no CIB accepted by crm_verify and crm_simulate in ").append(ATTEMPTS).append(" attempts\n").toString();
        }
        out.append("seed ").append(seed).append(attempt > 0 ? " (attempt " + attempt + ")" : "")
                .append(summaryAgrees() ? " agrees" : " DISAGREES").append(wholeAgrees() ? " (whole output too)" : "").append('\n');
        if (summaryAgrees()) {
            return out.toString();
        }
        List<String> exp = SimulateText.rawSummary(expected);
        List<String> act = actual.startsWith("exception ") ? List.of(actual) : SimulateText.rawSummary(actual);
        List<String> expKeys = exp.stream().map(SeedComparison::key).toList();
        List<String> actKeys = act.stream().map(SeedComparison::key).toList();
        for (String line : exp) {
            out.append(actKeys.contains(key(line)) ? "    " : "  - ").append(line).append('\n');
        }
        for (String line : act) {
            if (!expKeys.contains(key(line))) {
                out.append("  + ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String key(String line) {
        return line.replaceAll("\\s+", "");
    }
}
