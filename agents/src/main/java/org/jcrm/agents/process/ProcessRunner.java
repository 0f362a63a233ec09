package org.jcrm.agents.process;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jcrm.engine.executor.LaunchMechanism;

/**
 * Runs an agent as a child process in a session (and process group) of its own, so that on timeout or
 * interruption the whole group (the agent and everything it forked) is killed with SIGKILL. Output is
 * emptied from the pipes while the process runs and capped, so an agent printing without end neither
 * blocks nor exhausts memory.
 *
 * <p>A node may run a hundred short actions a second (a thousand resources monitored every ten
 * seconds), so the calling thread does all the work of an action itself: it starts the process, waits
 * for it, and between waits empties the pipes, reading only what they hold. Most agents exit before the
 * first look, and their output is then read at once; only a talkative agent (one that could fill a
 * 64 KiB pipe) is looked at often. That spares two reader threads and their hand-offs per action.
 */
public final class ProcessRunner {
    /** Bytes kept of each of stdout and stderr; the rest is read and dropped. */
    public static final int OUTPUT_LIMIT = 64 * 1024;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final File NO_INPUT = new File("/dev/null");
    /** The first look at a running agent's pipes, and the longest pause between two looks. */
    private static final long FIRST_LOOK_MS = 50;
    private static final long LONGEST_PAUSE_MS = 200;
    /** The pause after a look that found output: the agent may be filling a pipe. */
    private static final long PAUSE_AFTER_OUTPUT_MS = 1;

    static {
        // Before the first child process of this JVM, which is when the JDK reads it.
        LaunchMechanism.applyPreferred();
    }

    /** This JVM's environment, which every ProcessBuilder starts from. */
    private static final Map<String, String> INHERITED = Map.copyOf(System.getenv());

    /** Whether agents are started under setsid; checked once, as it does not come and go. */
    private final boolean usesSetsid = Files.isExecutable(SETSID);

    /**
     * Runs {@code command} with exactly {@code environment}, writing {@code stdin} (may be empty) to
     * it, and waits at most {@code timeout}.
     *
     * @throws InterruptedException when the calling thread is interrupted; the process group is killed
     *                              first
     */
    public ProcessOutcome run(List<String> command, Map<String, String> environment, String stdin,
                              Duration timeout) throws InterruptedException {
        List<String> argv = new ArrayList<>(command.size() + 1);
        if (usesSetsid) {
            argv.add(SETSID.toString());
        }
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv);
        setEnvironment(pb.environment(), environment);
        boolean hasInput = stdin != null && !stdin.isEmpty();
        if (!hasInput) {
            // /dev/null costs one open; a pipe costs a pipe, two descriptors and a close.
            pb.redirectInput(NO_INPUT);
        }
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            ProcessOutcome.LaunchFailure why = msg.contains("error=2,") ? ProcessOutcome.LaunchFailure.NOT_FOUND
                    : msg.contains("error=13,") ? ProcessOutcome.LaunchFailure.NOT_PERMITTED
                    : ProcessOutcome.LaunchFailure.OTHER;
            return ProcessOutcome.notLaunched(why, msg, "", elapsedSince(start));
        }
        CappedOutput out = new CappedOutput(process.getInputStream());
        CappedOutput err = new CappedOutput(process.getErrorStream());
        if (hasInput) {
            writeStdin(process, stdin);
        }
        boolean finished;
        try {
            finished = awaitExit(process, start + timeout.toNanos(), out, err);
        } catch (InterruptedException e) {
            killGroup(process);
            throw e;
        }
        if (!finished) {
            killGroup(process);
        }
        out.readAvailable();
        err.readAvailable();
        int exit = finished ? process.exitValue() : -1;
        String stderr = err.text();
        if (usesSetsid && (exit == 126 || exit == 127) && stderr.startsWith("setsid: failed to execute")) {
            // setsid could not exec the agent (bad interpreter, permissions): a launch failure.
            return ProcessOutcome.notLaunched(exit == 127 ? ProcessOutcome.LaunchFailure.NOT_FOUND
                    : ProcessOutcome.LaunchFailure.NOT_PERMITTED, stderr.strip(), out.text(), elapsedSince(start));
        }
        // Java reports a child ended by signal N as exit status 128 + N; 190/191 are OCF codes, not signals.
        int signal = finished && exit > 128 && exit <= 128 + 31 ? exit - 128 : 0;
        return new ProcessOutcome(signal != 0 ? -1 : exit, signal, !finished, out.text(), stderr,
                out.truncated() || err.truncated(), elapsedSince(start), "",
                ProcessOutcome.LaunchFailure.NONE);
    }

    /**
     * Waits until the process exits or {@code deadline} (a {@link System#nanoTime()} value) passes,
     * emptying its pipes between waits; returns whether it exited.
     */
    private static boolean awaitExit(Process process, long deadline, CappedOutput out, CappedOutput err)
            throws InterruptedException {
        long pause = FIRST_LOOK_MS;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return !process.isAlive();
            }
            if (process.waitFor(Math.min(TimeUnit.MILLISECONDS.toNanos(pause), left), TimeUnit.NANOSECONDS)) {
                return true;
            }
            boolean output = out.readAvailable() | err.readAvailable();
            pause = output ? PAUSE_AFTER_OUTPUT_MS : Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    /**
     * Makes {@code target}, a copy of this JVM's environment, equal to {@code wanted} by changing only
     * what differs: the JDK checks and converts every variable put, and putting them all (most are
     * inherited unchanged) cost more than the rest of an action's Java work.
     */
    private static void setEnvironment(Map<String, String> target, Map<String, String> wanted) {
        for (String name : INHERITED.keySet()) {
            if (!wanted.containsKey(name)) {
                target.remove(name);
            }
        }
        wanted.forEach((name, value) -> {
            if (!value.equals(INHERITED.get(name))) {
                target.put(name, value);
            }
        });
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void writeStdin(Process process, String stdin) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The agent closed stdin without reading it: that is its business, not an error.
        }
    }

    /** Kills the process group the agent leads, then the agent itself if setsid was unavailable. */
    static void killGroup(Process process) throws InterruptedException {
        long pid = process.pid();
        try {
            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // fall through to killing the descendants we can see
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
