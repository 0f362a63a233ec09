package org.jcrm.engine.scheduler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every Pacemaker 2.1.5 scheduler regression case and counts, per category (name prefix before
 * the first '-'), how many match on the Transition Summary, the whole output and the scores. Fails
 * when the Transition Summary matches fall below the recorded floor.
 */
class SchedulerConformanceTest {

    @Test
    void pacemakerSchedulerCases() throws IOException {
        String shared = System.getProperty("jcrm.shared");
        assumeTrue(shared != null, "jcrm.shared not set");
        Path dir = Paths.get(shared, "conformance", "pacemaker-2.1.5", "scheduler");
        assumeTrue(Files.isDirectory(dir), "no conformance data at " + dir);
        long started = System.nanoTime();
        Map<String, int[]> byCategory = new TreeMap<>();
        int[] total = new int[4];
        List<String> report = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("index.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("name") || f[0].isBlank()) {
                continue;
            }
            ConformanceCase.Result r = new ConformanceCase(f[0], f.length > 1 ? f[1] : "", dir).run();
            String category = f[0].contains("-") ? f[0].substring(0, f[0].indexOf('-')) : f[0];
            int[] c = byCategory.computeIfAbsent(category, k -> new int[4]);
            for (int[] counts : List.of(c, total)) {
                counts[0]++;
                counts[1] += r.summaryMatch() ? 1 : 0;
                counts[2] += r.wholeMatch() ? 1 : 0;
                counts[3] += r.scoresMatch() ? 1 : 0;
            }
            report.add((r.summaryMatch() ? "S" : "-") + (r.wholeMatch() ? "W" : "-") + (r.scoresMatch() ? "C" : "-")
                    + " " + f[0] + (r.firstDiff() == null ? "" : "  " + r.firstDiff()));
        }
        StringBuilder out = new StringBuilder("category: cases summary whole scores\n");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            out.append(String.format("%-14s %4d %4d %4d %4d%n", e.getKey(), c[0], c[1], c[2], c[3]));
        }
        out.append(String.format("%-14s %4d %4d %4d %4d%n", "TOTAL", total[0], total[1], total[2], total[3]));
        out.append(String.format("elapsed %.1f s%n", (System.nanoTime() - started) / 1e9));
        System.out.println(out);
        Path target = Paths.get("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("scheduler-conformance.txt"), report);
            Files.writeString(target.resolve("scheduler-conformance-summary.txt"), out);
        }
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/scheduler/floor.properties")) {
            floor.load(in);
        }
        int min = Integer.parseInt(floor.getProperty("transition.summary.floor", "0"));
        assertTrue(total[1] >= min, "Transition Summary matches " + total[1] + " fell below the floor " + min);
    }
}
