package org.jcrm.grammar.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.grammar.mapper.CibMapper;
import org.jcrm.grammar.mapper.ProviderResolver;
import org.jcrm.grammar.parse.CrmText;
import org.jcrm.grammar.printer.CrmPrinter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Differential test against crmsh 4.4.1: for each seed, {@link CrmConfigGenerator} writes a
 * configuration, jcrm (parser, mapper, CibXml) and the installed crm both load it into an empty
 * CIB, and the configuration sections are compared canonically. Separately, jcrm's printer is
 * compared with {@code crm configure show} on crmsh's own CIB. Every disagreement is reported with
 * its seed and a minimal diff; the test fails when agreement drops below the floors in
 * {@code differential/floors.properties}. Skips only when crm is not installed.
 *
 * <p>System properties: {@code jcrm.diff.seeds} (how many, default 200), {@code jcrm.diff.first}
 * (first seed, default 1), {@code jcrm.diff.parallel} (crm processes at once, default 3),
 * {@code jcrm.diff.keep} (keep each seed's crm input and output in the temporary directory).
 * Tagged {@code differential}: {@code -DexcludedGroups=differential} leaves it out of a build.
 */
@Tag("differential")
class CrmshDifferentialTest {
    private static final int DIFF_LINES = 24;

    /** The verdict on one seed. */
    private record SeedResult(long seed, boolean crmshAccepted, List<String> crmshComplaints, boolean cibAgrees,
            boolean showAgrees, String cibReport, String showReport) {
    }

    @Test
    void jcrmAgreesWithCrmsh() throws Exception {
        assumeTrue(CrmshOracle.available(), "crm (crmsh) is not installed");
        int seeds = Integer.getInteger("jcrm.diff.seeds", 200);
        long first = Long.getLong("jcrm.diff.first", 1L);
        int parallel = Integer.getInteger("jcrm.diff.parallel", 3);
        Path work = Files.createTempDirectory("jcrm-differential");
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<SeedResult>> futures = new ArrayList<>();
        for (long seed = first; seed < first + seeds; seed++) {
            long s = seed;
            futures.add(pool.submit(() -> check(s, work.resolve("seed-" + s))));
        }
        List<SeedResult> results = new ArrayList<>();
        for (Future<SeedResult> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        if (!Boolean.getBoolean("jcrm.diff.keep")) {
            deleteTree(work);
        }

        int accepted = 0;
        int cibAgree = 0;
        int showAgree = 0;
        StringBuilder report = new StringBuilder();
        StringBuilder showReport = new StringBuilder();
        StringBuilder complaints = new StringBuilder();
        int complained = 0;
        for (SeedResult r : results) {
            if (!r.crmshComplaints().isEmpty()) {
                complained++;
                complaints.append("seed ").append(r.seed()).append('\n')
                        .append(indent(String.join("\n", r.crmshComplaints())));
            }
            if (!r.crmshAccepted()) {
                report.append("seed ").append(r.seed()).append(": crmsh refused the generated configuration\n")
                        .append(r.cibReport());
                continue;
            }
            accepted++;
            if (r.cibAgrees()) {
                cibAgree++;
            } else {
                report.append("seed ").append(r.seed()).append(": CIBs differ (- crmsh, + jcrm)\n")
                        .append(r.cibReport());
            }
            if (r.showAgrees()) {
                showAgree++;
            } else {
                showReport.append("seed ").append(r.seed()).append(": show differs (- crm, + jcrm)\n")
                        .append(r.showReport());
            }
        }
        Properties floors = floors();
        int cibFloor = Integer.parseInt(floors.getProperty("cib.agree", "0"));
        int showFloor = Integer.parseInt(floors.getProperty("show.agree", "0"));
        String summary = String.format("differential vs crmsh: seeds %d..%d, crmsh accepted %d/%d; "
                + "CIB agreement %d/%d (floor %d); show agreement %d/%d (floor %d); "
                + "crmsh warned on %d; %d s",
                first, first + seeds - 1, accepted, seeds, cibAgree, accepted, cibFloor, showAgree, accepted,
                showFloor, complained, (System.nanoTime() - started) / 1_000_000_000L);
        String full = summary + "\n\n== CIB disagreements\n" + report + "\n== show disagreements\n" + showReport
                + "\n== crmsh warnings (accepted anyway)\n" + complaints;
        Path out = Path.of(System.getProperty("jcrm.root", "."), "grammar", "target", "differential-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, full);
        System.out.println(full);
        System.out.println(summary + " (report: " + out + ")");
        assertTrue(accepted == seeds, "crmsh refused " + (seeds - accepted) + " generated configurations");
        assertTrue(cibAgree >= cibFloor, "CIB agreement " + cibAgree + " is below the floor " + cibFloor);
        assertTrue(showAgree >= showFloor, "show agreement " + showAgree + " is below the floor " + showFloor);
    }

    private static SeedResult check(long seed, Path dir) throws IOException, InterruptedException {
        String config = new CrmConfigGenerator(seed).generate();
        CrmshOracle.Outcome crmsh = new CrmshOracle().run(config, dir);
        if (!crmsh.accepted()) {
            return new SeedResult(seed, false, CrmshOracle.complaints(crmsh.messages()), false, false,
                    indent(String.join("\n", CrmshOracle.complaints(crmsh.messages())) + "\nconfiguration:\n"
                            + config), "");
        }
        List<String> reference = CanonicalXml.configuration(crmsh.cibXml());
        String cibReport;
        boolean cibAgrees;
        try {
            CibMapper mapper = new CibMapper(ProviderResolver.installedUnder(Path.of("/usr/lib/ocf/resource.d")));
            Cib ours = mapper.toCib(new CrmText().parse(config, "seed-" + seed + ".crm"));
            List<String> diff = LineDiff.diff(reference, CanonicalXml.configuration(CibXml.toXml(ours)), DIFF_LINES);
            cibAgrees = diff.isEmpty();
            cibReport = indent(String.join("\n", diff));
        } catch (RuntimeException e) {
            cibAgrees = false;
            cibReport = indent("jcrm failed: " + e);
        }
        String showReport;
        boolean showAgrees;
        try {
            String ourShow = new CrmPrinter().printXml(crmsh.cibXml(), "seed-" + seed + " crmsh CIB");
            List<String> diff = LineDiff.diff(LineDiff.normalisedLines(crmsh.show()),
                    LineDiff.normalisedLines(ourShow), DIFF_LINES);
            showAgrees = diff.isEmpty();
            showReport = indent(String.join("\n", diff));
        } catch (RuntimeException e) {
            showAgrees = false;
            showReport = indent("jcrm printer failed: " + e);
        }
        return new SeedResult(seed, true, CrmshOracle.complaints(crmsh.messages()), cibAgrees, showAgrees,
                cibReport, showReport);
    }

    private static String indent(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            b.append("    ").append(line).append('\n');
        }
        return b.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = CrmshDifferentialTest.class.getResourceAsStream("/differential/floors.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
