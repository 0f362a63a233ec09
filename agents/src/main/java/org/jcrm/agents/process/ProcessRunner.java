package org.jcrm.agents.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs an agent as a child process in a session (and process group) of its own, so that on timeout or
 * interruption the whole group (the agent and everything it forked) is killed with SIGKILL. Output is
 * drained continuously and capped, so an agent printing without end neither blocks nor exhausts memory.
 */
public final class ProcessRunner {
    /** Bytes kept of each of stdout and stderr; the rest is read and dropped. */
    public static final int OUTPUT_LIMIT = 64 * 1024;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final long DRAIN_WAIT_MS = 1000;

    /**
     * Runs {@code command} with exactly {@code environment}, writing {@code stdin} (may be empty) to
     * it, and waits at most {@code timeout}.
     *
     * @throws InterruptedException when the calling thread is interrupted; the process group is killed
     *                              first
     */
    public ProcessOutcome run(List<String> command, Map<String, String> environment, String stdin,
                              Duration timeout) throws InterruptedException {
        List<String> argv = new ArrayList<>();
        boolean usesSetsid = Files.isExecutable(SETSID);
        if (usesSetsid) {
            argv.add(SETSID.toString());
        }
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().putAll(environment);
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
        Drain out = Drain.start(process.getInputStream());
        Drain err = Drain.start(process.getErrorStream());
        writeStdin(process, stdin);
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killGroup(process);
            throw e;
        }
        if (!finished) {
            killGroup(process);
        }
        out.await(DRAIN_WAIT_MS);
        err.await(DRAIN_WAIT_MS);
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

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void writeStdin(Process process, String stdin) {
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null && !stdin.isEmpty()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
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

    /**
     * Reads one stream to its end on a pooled thread, keeping the first OUTPUT_LIMIT bytes. The threads
     * are pooled because a node runs many short actions: creating two threads per action cost the
     * executor more CPU than anything else it does per action.
     */
    private static final class Drain implements Runnable {
        private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "jcrm-agent-output");
            t.setDaemon(true);
            return t;
        });

        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean truncated;

        private Drain(InputStream in) {
            this.in = in;
        }

        static Drain start(InputStream in) {
            Drain d = new Drain(in);
            READERS.execute(d);
            return d;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (kept) {
                        int room = OUTPUT_LIMIT - kept.size();
                        if (n > room) {
                            truncated = true;
                        }
                        kept.write(buf, 0, Math.max(0, Math.min(n, room)));
                    }
                }
            } catch (IOException e) {
                // stream closed under us after the wait below gave up
            } finally {
                ended.countDown();
            }
        }

        /** Waits for the end of the stream; a grandchild holding it open is cut off after the wait. */
        void await(long millis) throws InterruptedException {
            if (!ended.await(millis, TimeUnit.MILLISECONDS)) {
                try {
                    in.close();
                } catch (IOException e) {
                    // nothing more to read either way
                }
            }
        }

        boolean truncated() {
            return truncated;
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
