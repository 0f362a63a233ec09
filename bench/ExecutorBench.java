import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jcrm.agents.AgentPaths;
import org.jcrm.agents.AgentRegistry;
import org.jcrm.agents.ocf.OcfAgentClass;
import org.jcrm.agents.ocf.OcfEnvironment;
import org.jcrm.engine.executor.ActionHandler;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.HandlerResolver;
import org.jcrm.engine.executor.LaunchMechanism;
import org.jcrm.engine.executor.NodeExecutor;

/**
 * The executor benchmark's driver (run by bench/executor-bench.sh with jcrm's classes on the class path).
 * <ul>
 * <li>{@code overhead N}: N runs of ocf:jcrm:Dummy monitor straight from this JVM (ProcessBuilder, same
 * environment), N the same under {@code setsid} (as jcrm starts agents) and N through
 * {@link NodeExecutor} and the agent classes, interleaved so that the machine's load drifts alike for
 * all; prints the medians and jcrm's difference to both, in milliseconds.</li>
 * <li>{@code load R WARMUP SECONDS INTERVAL}: starts R Dummy resources with distinct state files, then
 * monitors each every INTERVAL seconds; after WARMUP seconds (not measured: the JIT compiles the hot
 * paths then) it prints per 10-second window of the next SECONDS seconds the JVM's own CPU (utime +
 * stime of /proc/self/stat: all its threads, no children) and the agents' CPU (cutime + cstime: the
 * children it reaped) as % of one core, and the monitors completed; then the medians and the JVM's CPU
 * by thread over the measured windows.</li>
 * </ul>
 * Child processes are started with the mechanism jcrm itself picks ({@link LaunchMechanism}).
 */
public final class ExecutorBench {
    /** How jcrm's process runner starts every agent: in a session and process group of its own. */
    private static final String SETSID = "/usr/bin/setsid";
    private static final AgentRef DUMMY = AgentRef.parse("ocf:jcrm:Dummy");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int WARMUP = 20;
    private static final long WINDOW_MS = 10_000;
    /** Clock ticks per second of /proc times; 100 on every Linux architecture jcrm runs on. */
    private static final double TICKS = 100.0;

    private ExecutorBench() {
    }

    public static void main(String[] args) throws Exception {
        LaunchMechanism.applyPreferred();
        System.out.printf("java %s launch_mechanism=%s%n", Runtime.version(),
                System.getProperty(LaunchMechanism.PROPERTY, "default"));
        if (args.length == 2 && args[0].equals("overhead")) {
            overhead(Integer.parseInt(args[1]));
        } else if (args.length == 5 && args[0].equals("load")) {
            load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
        } else {
            System.err.println("usage: ExecutorBench overhead N | load RESOURCES WARMUP SECONDS INTERVAL");
            System.exit(2);
        }
    }

    private static void overhead(int n) throws Exception {
        Path dir = Files.createTempDirectory("jcrm-bench");
        Map<String, String> params = Map.of("state", dir.resolve("d.state").toString());
        ExecutorAction monitor = ExecutorAction.of("d", DUMMY, "monitor", TIMEOUT, params);
        Path agent = AgentRegistry.standard().agentClass("ocf").map(OcfAgentClass.class::cast)
                .flatMap(c -> c.locate("jcrm", "Dummy")).orElseThrow();
        Map<String, String> env = OcfEnvironment.build(monitor, AgentPaths.standard().ocfRoot());
        try (NodeExecutor executor = new NodeExecutor(AgentRegistry.standard().resolver(), 4)) {
            executor.submit(ExecutorAction.of("d", DUMMY, "start", TIMEOUT, params)).get();
            List<String> plain = List.of(agent.toString(), "monitor");
            List<String> inSession = List.of(SETSID, agent.toString(), "monitor");
            List<Double> direct = new ArrayList<>();
            List<Double> directSetsid = new ArrayList<>();
            List<Double> viaJcrm = new ArrayList<>();
            for (int i = 0; i < WARMUP + n; i++) {
                double d = timeDirect(plain, env);
                double ds = timeDirect(inSession, env);
                long t0 = System.nanoTime();
                ActionResult r = executor.submit(monitor).get();
                double j = (System.nanoTime() - t0) / 1e6;
                if (r.rc() != 0) {
                    throw new IllegalStateException("monitor through jcrm: " + r.summary());
                }
                if (i >= WARMUP) {
                    direct.add(d);
                    directSetsid.add(ds);
                    viaJcrm.add(j);
                }
            }
            double md = median(direct);
            double ms = median(directSetsid);
            double mj = median(viaJcrm);
            System.out.printf("overhead runs=%d direct_ms=%.2f direct_setsid_ms=%.2f jcrm_ms=%.2f added_ms=%.2f "
                    + "added_beyond_setsid_ms=%.2f%n", n, md, ms, mj, mj - md, mj - ms);
        } finally {
            Files.deleteIfExists(dir.resolve("d.state"));
            Files.deleteIfExists(dir);
        }
    }

    private static double timeDirect(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
            out.readAllBytes();
            err.readAllBytes();
        }
        int rc = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (rc != 0) {
            throw new IllegalStateException("direct monitor exited " + rc);
        }
        return ms;
    }

    private static void load(int resources, int warmup, int seconds, int interval) throws Exception {
        Path dir = Files.createTempDirectory("jcrm-bench");
        AtomicLong monitors = new AtomicLong();
        HandlerResolver real = AgentRegistry.standard().resolver();
        HandlerResolver counting = agent -> real.resolve(agent).map(h -> counted(h, monitors));
        try (NodeExecutor executor = new NodeExecutor(counting, 4)) {
            List<CompletableFuture<ActionResult>> starts = new ArrayList<>();
            for (int i = 0; i < resources; i++) {
                starts.add(executor.submit(ExecutorAction.of(id(i), DUMMY, "start", TIMEOUT, params(dir, i))));
            }
            for (CompletableFuture<ActionResult> f : starts) {
                if (f.get().rc() != 0) {
                    throw new IllegalStateException("start failed: " + f.get().summary());
                }
            }
            AtomicLong failures = new AtomicLong();
            for (int i = 0; i < resources; i++) {
                ExecutorAction m = new ExecutorAction(id(i), DUMMY, "monitor", Duration.ofSeconds(interval),
                        TIMEOUT, params(dir, i), Map.of());
                executor.startRecurring(m, (a, r) -> {
                    if (r.rc() != 0) {
                        failures.incrementAndGet();
                    }
                });
            }
            System.out.printf("warm-up: %d s, not measured%n", warmup);
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
            List<Double> own = new ArrayList<>();
            List<Double> agents = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            long[] before = procTimes();
            Map<String, Long> threadsBefore = threadTimes();
            long[] first = before;
            long count0 = monitors.get();
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(WINDOW_MS, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()) + 1));
                long[] after = procTimes();
                long count1 = monitors.get();
                long t1 = System.nanoTime();
                double wall = (t1 - t0) / 1e9;
                double ownPct = 100 * (after[0] - before[0]) / TICKS / wall;
                double agentPct = 100 * (after[1] - before[1]) / TICKS / wall;
                double rate = (count1 - count0) / wall;
                System.out.printf("window %5.1fs jvm_cpu=%.1f%% agents_cpu=%.1f%% monitors_per_s=%.1f%n",
                        wall, ownPct, agentPct, rate);
                own.add(ownPct);
                agents.add(agentPct);
                rates.add(rate);
                before = after;
                count0 = count1;
                t0 = t1;
            }
            printThreadShares(threadsBefore, threadTimes(), before[0] - first[0]);
            System.out.printf("load resources=%d interval_s=%d warmup_s=%d seconds=%d median_jvm_cpu_pct=%.1f "
                            + "median_agents_cpu_pct=%.1f median_monitors_per_s=%.1f expected_per_s=%.1f "
                            + "failed_monitors=%d%n", resources, interval, warmup, seconds, median(own),
                    median(agents), median(rates), resources / (double) interval, failures.get());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static ActionHandler counted(ActionHandler h, AtomicLong monitors) {
        return action -> {
            ActionResult r = h.execute(action);
            if (action.action().equals("monitor")) {
                monitors.incrementAndGet();
            }
            return r;
        };
    }

    private static String id(int i) {
        return "d" + i;
    }

    private static Map<String, String> params(Path dir, int i) {
        return Map.of("state", dir.resolve(id(i) + ".state").toString());
    }

    /** {own utime + stime, reaped children's cutime + cstime} of this process, in clock ticks. */
    private static long[] procTimes() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After "pid (comm) ", field 3 (state) is f[0]; utime, stime, cutime, cstime are fields 14..17.
        return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]),
                Long.parseLong(f[13]) + Long.parseLong(f[14])};
    }

    /** CPU ticks of each live thread of this JVM, keyed "tid name". */
    private static Map<String, Long> threadTimes() throws IOException {
        Map<String, Long> times = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    times.put(task.getFileName() + " " + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException e) {
                    // the thread ended while being listed
                }
            }
        }
        return times;
    }

    /**
     * Prints where the JVM's CPU went over the measurement, by thread name without digits; what is not
     * in a thread alive at the end was spent by threads that ended (idle pool threads time out).
     */
    private static void printThreadShares(Map<String, Long> before, Map<String, Long> after, long totalTicks) {
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        long seen = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long delta = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            String group = e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceAll("[0-9]+", "N").strip();
            byGroup.merge(group, delta, Long::sum);
            seen += delta;
        }
        byGroup.put("(threads that ended)", totalTicks - seen);
        StringBuilder sb = new StringBuilder("jvm_cpu_by_thread_ticks:");
        byGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(" [").append(e.getKey()).append("]=").append(e.getValue()));
        System.out.println(sb);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
