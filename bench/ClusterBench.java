import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.node.AdminCibStore;
import org.jcrm.engine.node.AdminClient;
import org.jcrm.engine.node.LocalCluster;
import org.jcrm.engine.node.PidFile;
import org.jcrm.engine.node.dc.StatusWriter;
import org.jcrm.shell.cluster.NodeMain;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The driver of bench/cluster-bench.sh: runs local clusters of real node processes on 127.0.0.1 under
 * a work directory and prints one line per figure. Every node it starts is killed before it returns,
 * on failure too.
 * <pre>
 * java -cp CLASSPATH bench/ClusterBench.java WORKDIR failover TRIALS
 * java -cp CLASSPATH bench/ClusterBench.java WORKDIR commits NODES COMMITS SECONDS
 * java -cp CLASSPATH bench/ClusterBench.java WORKDIR memory RESOURCES TIMEOUT_S
 * </pre>
 */
public final class ClusterBench {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        String what = args[1];
        int nodes = what.equals("commits") ? Integer.parseInt(args[2]) : 3;
        Bench b = new Bench(work.resolve(what + "-" + nodes), nodes);
        Runtime.getRuntime().addShutdownHook(new Thread(b::killAll));
        try {
            b.cluster.start(nodes, Duration.ofSeconds(120));
            switch (what) {
                case "failover" -> b.failover(Integer.parseInt(args[2]));
                case "commits" -> b.commits(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                case "memory" -> b.memory(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException("unknown measurement " + what);
            }
        } finally {
            b.killAll();
        }
    }

    private static final class Bench {
        final Path dir;
        final int size;
        final LocalCluster cluster;

        Bench(Path dir, int size) {
            this.dir = dir;
            this.size = size;
            this.cluster = new LocalCluster(dir, NodeMain.class.getName());
        }

        List<String> nodes() {
            List<String> list = new ArrayList<>();
            for (int k = 1; k <= size; k++) {
                list.add("node" + k);
            }
            return list;
        }

        void add(String section, String xml) {
            AdminCibStore store = AdminCibStore.forClusterDir(dir).orElseThrow();
            new StatusWriter(store).apply(doc -> {
                try {
                    Element configuration = (Element) doc.root().getElementsByTagName("configuration").item(0);
                    Element target = (Element) configuration.getElementsByTagName(section).item(0);
                    Element wrapper = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new InputSource(new StringReader("<x>" + xml + "</x>"))).getDocumentElement();
                    for (org.w3c.dom.Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
                        target.appendChild(doc.root().getOwnerDocument().importNode(n, true));
                    }
                } catch (Exception ex) {
                    throw new IllegalArgumentException(ex);
                }
            });
        }

        static String dummy(String id, String monitor) {
            return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\">"
                    + "<meta_attributes id=\"" + id + "-meta\"><nvpair id=\"" + id + "-stick\" name=\"resource-stickiness\""
                    + " value=\"100\"/></meta_attributes><operations><op id=\"" + id + "-monitor\" name=\"monitor\" interval=\""
                    + monitor + "\" timeout=\"20s\"/></operations></primitive>";
        }

        void fenceDevice() {
            add("resources", "<primitive id=\"fence1\" class=\"stonith\" type=\"fence_jcrm\"><instance_attributes id=\"fence1-ia\">"
                    + "<nvpair id=\"fence1-cd\" name=\"cluster_dir\" value=\"" + dir + "\"/>"
                    + "<nvpair id=\"fence1-hc\" name=\"pcmk_host_check\" value=\"none\"/></instance_attributes></primitive>");
        }

        boolean running(String node) {
            return PidFile.running(dir.resolve(node)).isPresent();
        }

        List<String> stateFilesOn(String rsc, List<String> among) {
            return among.stream().filter(n -> Files.exists(dir.resolve(n).resolve("run/jcrm/Dummy-" + rsc + ".state"))).toList();
        }

        /** kill -9 of the node running d1, until d1 runs on exactly one other live node; fencing included. */
        void failover(int trials) {
            fenceDevice();
            add("resources", dummy("d1", "1s"));
            List<Double> times = new ArrayList<>();
            for (int t = 0; t < trials; t++) {
                List<String> live = nodes().stream().filter(this::running).toList();
                if (!await(Duration.ofSeconds(60), () -> stateFilesOn("d1", live).size() == 1)) {
                    throw new IllegalStateException("d1 is not running on one node");
                }
                String victim = stateFilesOn("d1", live).get(0);
                List<String> others = live.stream().filter(n -> !n.equals(victim)).toList();
                long pid = PidFile.running(dir.resolve(victim)).orElseThrow().pid();
                long start = System.nanoTime();
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                if (!await(Duration.ofSeconds(60), () -> stateFilesOn("d1", others).size() == 1)) {
                    throw new IllegalStateException("d1 did not recover from " + victim);
                }
                double s = (System.nanoTime() - start) / 1e9;
                times.add(s);
                System.out.printf("failover trial %d: %.2f s (%s killed)%n", t + 1, s, victim);
                cluster.launch(victim);
                cluster.awaitView(nodes(), Duration.ofSeconds(120));
            }
            System.out.printf("failover median: %.2f s over %d trials (min %.2f, max %.2f)%n", median(times), trials,
                    times.stream().min(Comparator.naturalOrder()).orElse(0.0), times.stream().max(Comparator.naturalOrder()).orElse(0.0));
        }

        /** Sequential configuration commits through node1's admin socket: latency, then throughput. */
        void commits(int count, int seconds) {
            add("crm_config", "<cluster_property_set id=\"bench\"><nvpair id=\"bench-n\" name=\"bench-counter\" value=\"0\"/></cluster_property_set>");
            AdminCibStore store = AdminCibStore.forClusterDir(dir).orElseThrow();
            StatusWriter writer = new StatusWriter(store);
            List<Double> latencies = new ArrayList<>();
            int[] n = {0};
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                commitOne(writer, ++n[0]);
                latencies.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("commit latency, %d nodes: median %.1f ms over %d commits%n", size, median(latencies), count);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            int done = 0;
            while (System.nanoTime() < end) {
                commitOne(writer, ++n[0]);
                done++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("commit throughput, %d nodes: %.1f commits/s (%d in %.1f s)%n", size, done / elapsed, done, elapsed);
            String epoch = AdminClient.forStateDir(dir.resolve("node" + size)).cib().getEpoch();
            System.out.printf("commit check, %d nodes: node%d has epoch %s%n", size, size, epoch);
        }

        private static void commitOne(StatusWriter writer, int value) {
            writer.apply(doc -> {
                org.w3c.dom.NodeList pairs = doc.root().getElementsByTagName("nvpair");
                for (int i = 0; i < pairs.getLength(); i++) {
                    Element e = (Element) pairs.item(i);
                    if (e.getAttribute("id").equals("bench-n")) {
                        e.setAttribute("value", Integer.toString(value));
                    }
                }
            });
        }

        /** RSS of each daemon once RESOURCES Dummy resources run across the nodes. */
        void memory(int resources, int timeoutSeconds) {
            add("crm_config", "<cluster_property_set id=\"bench\"><nvpair id=\"bench-st\" name=\"stonith-enabled\" value=\"false\"/></cluster_property_set>");
            StringBuilder xml = new StringBuilder();
            for (int i = 0; i < resources; i++) {
                xml.append(dummy("r" + i, "120s"));
            }
            long start = System.nanoTime();
            add("resources", xml.toString());
            boolean all = await(Duration.ofSeconds(timeoutSeconds), () -> runningCount() >= resources);
            System.out.printf("memory: %d of %d resources running after %.0f s%s%n", runningCount(), resources,
                    (System.nanoTime() - start) / 1e9, all ? "" : " (timed out)");
            for (String node : nodes()) {
                Optional<ProcessHandle> p = PidFile.running(dir.resolve(node));
                int count = 0;
                try (var files = Files.list(dir.resolve(node).resolve("run/jcrm"))) {
                    count = (int) files.filter(f -> f.getFileName().toString().endsWith(".state")).count();
                } catch (IOException e) {
                    // no resource there
                }
                System.out.printf("memory: %s runs %d resources, RSS %s%n", node, count,
                        p.map(h -> rss(h.pid())).orElse("(not running)"));
            }
        }

        int runningCount() {
            int n = 0;
            for (String node : nodes()) {
                try (var files = Files.list(dir.resolve(node).resolve("run/jcrm"))) {
                    n += (int) files.filter(f -> f.getFileName().toString().endsWith(".state")).count();
                } catch (IOException e) {
                    // nothing started there yet
                }
            }
            return n;
        }

        static String rss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        return String.format("%.1f MB", kb / 1024.0);
                    }
                }
            } catch (IOException e) {
                return "(unreadable)";
            }
            return "(unknown)";
        }

        void killAll() {
            for (String node : nodes()) {
                PidFile.running(dir.resolve(node)).ifPresent(h -> {
                    h.destroyForcibly();
                    try {
                        h.onExit().get();
                    } catch (Exception e) {
                        // gone or going
                    }
                });
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
