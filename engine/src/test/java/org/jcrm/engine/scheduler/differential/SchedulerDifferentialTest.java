package org.jcrm.engine.scheduler.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the scheduler against Debian's crm_simulate on generated CIBs
 * ({@link CibGenerator}): the fixed seeds of {@code /scheduler/differential.properties} run in CI
 * and the Transition Summaries of at least its floor must agree; the report goes to
 * {@code target/scheduler-differential/}. Skipped when crm_simulate is not installed.
 *
 * <p>To run other seeds by hand (no floor is then enforced):
 * {@code mvn -q -o -pl engine test -Dtest=SchedulerDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djcrm.differential.from=1000 -Djcrm.differential.count=500}, or the {@link DifferentialRun} main.
 */
class SchedulerDifferentialTest {

    @Test
    void generatedCibsAgreeWithCrmSimulate() throws IOException {
        Optional<DebianSimulator> debian = DebianSimulator.find();
        assumeTrue(debian.isPresent(), "crm_simulate or crm_verify not installed");
        Properties props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/scheduler/differential.properties")) {
            props.load(in);
        }
        String from = System.getProperty("jcrm.differential.from");
        String count = System.getProperty("jcrm.differential.count");
        boolean fixed = from == null && count == null;
        long first = Long.parseLong(from != null ? from : props.getProperty("seeds.from"));
        int seeds = Integer.parseInt(count != null ? count : props.getProperty("seeds.count"));
        long started = System.nanoTime();
        DifferentialRun.Outcome o = DifferentialRun.run(debian.get(), first, seeds, 2, Path.of("target", "scheduler-differential"));
        System.out.printf("differential seeds %d..%d: %s, %.1f s%n", first, first + seeds - 1, o.line(), (System.nanoTime() - started) / 1e9);
        if (!fixed) {
            return;
        }
        assertEquals(seeds, o.valid(), "every fixed seed yields a CIB crm_verify accepts");
        int floor = Integer.parseInt(props.getProperty("transition.summary.floor"));
        assertTrue(o.summaryAgree() >= floor, "Transition Summary agreement " + o.summaryAgree() + " fell below the floor " + floor
                + "; disagreeing seeds " + o.disagreeing());
    }
}
