package org.jcrm.engine.scheduler.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a range of seeds through {@link SeedComparison} on a few threads, writes the report
 * ({@code scheduler-differential.txt}: one entry per seed, both Transition Summaries for those that
 * disagree) and keeps the CIB of every disagreeing seed as {@code seed-N.xml} next to it, so that
 * {@code crm_simulate -x seed-N.xml -S} reproduces it.
 *
 * <p>By hand, from the engine module, after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.jcrm.engine.scheduler.differential.DifferentialRun FROM COUNT [OUTDIR]},
 * or through {@link SchedulerDifferentialTest} with {@code -Djcrm.differential.from=FROM -Djcrm.differential.count=COUNT}.
 */
final class DifferentialRun {

    /** The counts of one run. */
    record Outcome(int seeds, int valid, int summaryAgree, int wholeAgree, List<Long> disagreeing) {
        String line() {
            return String.format("seeds %d, valid %d, Transition Summary agrees %d, whole output agrees %d", seeds, valid, summaryAgree, wholeAgree);
        }
    }

    private DifferentialRun() {
    }

    static Outcome run(DebianSimulator debian, long from, int count, int threads, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        try (var old = Files.newDirectoryStream(outDir, "seed-*.xml")) {
            for (Path f : old) {
                Files.delete(f); // CIBs kept by an earlier run
            }
        }
        Path work = Files.createTempDirectory("jcrm-differential");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<SeedComparison>> futures = new ArrayList<>();
        for (long seed = from; seed < from + count; seed++) {
            long s = seed;
            futures.add(pool.submit(() -> SeedComparison.run(s, debian, work)));
        }
        List<SeedComparison> results = new ArrayList<>();
        try {
            for (Future<SeedComparison> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("a seed failed", e.getCause());
        } finally {
            pool.shutdownNow();
            deleteTree(work);
        }
        return report(results, outDir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static Outcome report(List<SeedComparison> results, Path outDir) throws IOException {
        int valid = 0;
        int summary = 0;
        int whole = 0;
        List<Long> disagreeing = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (SeedComparison c : results) {
            valid += c.valid() ? 1 : 0;
            summary += c.summaryAgrees() ? 1 : 0;
            whole += c.wholeAgrees() ? 1 : 0;
            text.append(c.describe());
            if (c.valid() && !c.summaryAgrees()) {
                disagreeing.add(c.seed());
                Files.writeString(outDir.resolve("seed-" + c.seed() + ".xml"), c.cib());
            }
        }
        Outcome outcome = new Outcome(results.size(), valid, summary, whole, disagreeing);
        Files.writeString(outDir.resolve("scheduler-differential.txt"), outcome.line() + "\n\n" + text);
        return outcome;
    }

    /** Arguments: first seed, number of seeds, and optionally the report folder (default target/scheduler-differential). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DifferentialRun FROM COUNT [OUTDIR]");
            System.exit(2);
        }
        DebianSimulator debian = DebianSimulator.find().orElseThrow(() -> new IOException("crm_simulate or crm_verify not found"));
        Path out = Path.of(args.length > 2 ? args[2] : "target/scheduler-differential");
        Outcome o = run(debian, Long.parseLong(args[0]), Integer.parseInt(args[1]), 2, out);
        System.out.println(o.line() + "; report in " + out.resolve("scheduler-differential.txt"));
    }
}
