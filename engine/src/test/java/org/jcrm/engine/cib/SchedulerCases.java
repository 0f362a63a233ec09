package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates Pacemaker's scheduler regression inputs under the shared conformance folder. */
final class SchedulerCases {
    private SchedulerCases() {
    }

    /** The scheduler input files in name order; skips the calling test when the folder is absent. */
    static List<Path> inputs() {
        String shared = System.getProperty("jcrm.shared");
        assumeTrue(shared != null, "jcrm.shared is not set");
        Path dir = Path.of(shared, "conformance", "pacemaker-2.1.5", "scheduler", "xml");
        assumeTrue(Files.isDirectory(dir), "no scheduler cases at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
