package org.jcrm.grammar.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of the conformance run, per source: cases that pass, cases that fail (each with one
 * line saying why) and cases not applicable (each naming the shell level or command they drive
 * instead of configuration text or XML); overall, the share of applicable cases that pass.
 */
final class ConformanceReport {
    /** The tally of one source. */
    static final class Source {
        int passed;
        final List<String> failures = new ArrayList<>();
        final List<String> notApplicable = new ArrayList<>();

        int total() {
            return passed + failures.size() + notApplicable.size();
        }
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();

    Source source(String name) {
        return sources.computeIfAbsent(name, k -> new Source());
    }

    void pass(String source) {
        source(source).passed++;
    }

    void fail(String source, String caseName, String why) {
        source(source).failures.add(caseName + ": " + why);
    }

    void notApplicable(String source, String caseName, String needs) {
        source(source).notApplicable.add(caseName + ": not applicable (needs " + needs + ")");
    }

    int passed(String source) {
        Source s = sources.get(source);
        return s == null ? 0 : s.passed;
    }

    Map<String, Source> sources() {
        return sources;
    }

    String render() {
        StringBuilder b = new StringBuilder("crmsh 4.4.1 conformance\n");
        sources.forEach((name, s) -> b.append(String.format("  %-22s %4d/%-4d pass, %d fail, %d not applicable%n",
                name, s.passed, s.total(), s.failures.size(), s.notApplicable.size())));
        int passed = sources.values().stream().mapToInt(s -> s.passed).sum();
        int applicable = sources.values().stream().mapToInt(s -> s.passed + s.failures.size()).sum();
        double share = applicable == 0 ? 0.0 : 100.0 * passed / applicable;
        b.append(String.format("configuration text/XML cases: %d/%d (%.1f%%); not applicable cases, which drive "
                + "other shell levels, are left out%n", passed, applicable, share));
        sources.forEach((name, s) -> {
            if (s.failures.isEmpty() && s.notApplicable.isEmpty()) {
                return;
            }
            b.append('\n').append(name).append(":\n");
            s.failures.forEach(f -> b.append("  FAIL ").append(f).append('\n'));
            s.notApplicable.forEach(f -> b.append("  N/A  ").append(f).append('\n'));
        });
        return b.toString();
    }
}
