package org.jcrm.engine.scheduler.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.SimulateText;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.scheduler.unpack.IsoDates;
import org.jcrm.engine.simulate.SimulationReport;

/** One Pacemaker regression case: runs jcrm on its CIB and compares with the recorded outputs. */
record ConformanceCase(String name, String args, Path dir) {
    private static final Pattern EXEC_DATE = Pattern.compile("execution-date=\"(\\d+)\"");
    private static final Pattern DATE_ARG = Pattern.compile("-t\\s+(.+)");

    /** The outcome: which of the three comparisons matched, and the first difference seen. */
    record Result(boolean summaryMatch, boolean wholeMatch, boolean scoresMatch, String firstDiff) {
    }

    Result run() throws IOException {
        String xml = Files.readString(dir.resolve("xml").resolve(name + ".xml"));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Instant execution = null;
        Matcher m = EXEC_DATE.matcher(xml);
        if (m.find()) {
            execution = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
            now = execution;
        } else {
            Matcher d = DATE_ARG.matcher(args);
            if (d.find()) {
                now = IsoDates.parse(d.group(1).trim()).toInstant();
            }
        }
        String actual;
        List<String> scores;
        try {
            Transition t = Scheduler.schedule(xml, now);
            actual = SimulationReport.render(t, new SimulationReport.Options(true, true, execution));
            scores = new ArrayList<>(t.scores().lines());
        } catch (RuntimeException e) {
            return new Result(false, false, false, "exception " + e);
        }
        String expected = Files.readString(dir.resolve("summary").resolve(name + ".summary"));
        List<String> exp = SimulateText.normalized(expected);
        List<String> act = SimulateText.normalized(actual);
        boolean whole = exp.equals(act);
        List<String> expSummary = SimulateText.summary(exp);
        List<String> actSummary = SimulateText.summary(act);
        boolean summary = expSummary.equals(actSummary);
        Path scoresFile = dir.resolve("scores").resolve(name + ".scores");
        boolean scoresMatch = false;
        if (Files.exists(scoresFile)) {
            List<String> expScores = new ArrayList<>(Files.readAllLines(scoresFile).stream().filter(l -> !l.isBlank()).map(String::strip).toList());
            expScores.sort(null);
            scores.sort(null);
            scoresMatch = expScores.equals(scores);
        }
        String diff = summary ? (whole ? null : firstDiff(exp, act)) : firstDiff(expSummary, actSummary);
        return new Result(summary, whole, scoresMatch, diff);
    }

    private static String firstDiff(List<String> exp, List<String> act) {
        for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
            String e = i < exp.size() ? exp.get(i) : "<none>";
            String a = i < act.size() ? act.get(i) : "<none>";
            if (!e.equals(a)) {
                return "expected " + e + " | got " + a;
            }
        }
        return "";
    }
}
