package org.jcrm.agents.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jcrm.agents.TestAgents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on its own: environment, input, pipes that fill up or stay open, and the launch mechanism. */
class ProcessRunnerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final ProcessRunner runner = new ProcessRunner();

    @Test
    void childSeesExactlyTheEnvironmentGiven() throws Exception {
        Map<String, String> wanted = new HashMap<>(System.getenv());
        String dropped = wanted.keySet().stream().filter(k -> !k.equals("PATH")).findFirst().orElseThrow();
        wanted.remove(dropped);
        wanted.put("PATH", "/usr/bin:/bin");
        wanted.put("JCRM_TEST_ADDED", "a b=c");
        ProcessOutcome o = runner.run(List.of("/usr/bin/env", "-0"), wanted, "", TIMEOUT);
        assertEquals(0, o.exitCode(), o.stderr());
        Map<String, String> seen = new TreeMap<>();
        for (String entry : o.stdout().split("\0")) {
            int eq = entry.indexOf('=');
            seen.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        assertEquals(new TreeMap<>(wanted), seen);
    }

    @Test
    void inputIsEmptyUnlessGiven() throws Exception {
        ProcessOutcome none = runner.run(List.of("/bin/cat"), AgentEnvironment.base(), "", TIMEOUT);
        assertEquals(0, none.exitCode());
        assertEquals("", none.stdout());
        ProcessOutcome some = runner.run(List.of("/bin/cat"), AgentEnvironment.base(), "port=1\n", TIMEOUT);
        assertEquals("port=1\n", some.stdout());
    }

    @Test
    void outputBeyondAPipeOnBothStreamsDoesNotBlockAndIsCapped() throws Exception {
        Path agent = TestAgents.script(tmp.resolve("talk"), "#!/bin/sh\n"
                + "i=0; while [ $i -lt 3000 ]; do\n"
                + "  echo \"out line $i of a talkative agent, long enough to fill pipes\"\n"
                + "  echo \"err line $i of a talkative agent, long enough to fill pipes\" >&2\n"
                + "  i=$((i+1)); done\n"
                + "exit 3\n");
        long t0 = System.nanoTime();
        ProcessOutcome o = runner.run(List.of(agent.toString()), AgentEnvironment.base(), "", TIMEOUT);
        assertEquals(3, o.exitCode());
        assertFalse(o.timedOut());
        assertTrue(o.truncated());
        assertEquals(ProcessRunner.OUTPUT_LIMIT, o.stdout().length());
        assertEquals(ProcessRunner.OUTPUT_LIMIT, o.stderr().length());
        assertTrue(o.stdout().startsWith("out line 0 of"), o.stdout().substring(0, 40));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() < 10_000);
    }

    @Test
    void grandchildHoldingTheOutputOpenDoesNotHoldTheActionUp() throws Exception {
        Path agent = TestAgents.script(tmp.resolve("daemonize"), "#!/bin/sh\n"
                + "echo started\n"
                + "sleep 30 &\n"
                + "echo $! > \"$1\"\n"
                + "exit 0\n");
        Path pidFile = tmp.resolve("pid");
        long t0 = System.nanoTime();
        ProcessOutcome o = runner.run(List.of(agent.toString(), pidFile.toString()), AgentEnvironment.base(), "",
                TIMEOUT);
        long tookMs = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        try {
            assertEquals(0, o.exitCode());
            assertEquals("started\n", o.stdout());
            assertTrue(tookMs < 2_000, "took " + tookMs + "ms");
        } finally {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void timeoutKillsTheAgentAndKeepsWhatItPrinted() throws Exception {
        Path agent = TestAgents.script(tmp.resolve("slow"), "#!/bin/sh\necho before\nexec sleep 30\n");
        ProcessOutcome o = runner.run(List.of(agent.toString()), AgentEnvironment.base(), "", Duration.ofMillis(500));
        assertTrue(o.timedOut());
        assertEquals("before\n", o.stdout());
        assertTrue(o.elapsed().toMillis() < 5_000, o.elapsed().toString());
    }
}
