package org.jcrm.shell.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcrm.engine.node.AdminCibStore;
import org.jcrm.engine.node.LocalCluster;
import org.jcrm.engine.node.PidFile;
import org.jcrm.engine.node.dc.StatusWriter;
import org.jcrm.shell.cli.Command;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * A three-node cluster of real jcrmd processes ({@link NodeMain}) on 127.0.0.1 for tests, with
 * helpers to configure it, run admin commands and look at the Dummy agents' state files. Closing it
 * kills every node process it finds, stopped (SIGSTOP) ones included.
 */
final class TestCluster implements AutoCloseable {
    static final int NODES = 3;

    final Path dir;
    final LocalCluster cluster;

    TestCluster(Path dir) {
        this.dir = dir;
        this.cluster = new LocalCluster(dir, NodeMain.class.getName());
    }

    static TestCluster start(Path dir) {
        TestCluster c = new TestCluster(dir);
        try {
            c.cluster.start(NODES, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    List<String> nodes() {
        List<String> list = new ArrayList<>();
        for (int k = 1; k <= NODES; k++) {
            list.add("node" + k);
        }
        return list;
    }

    /** Appends an XML element to a configuration section (resources, constraints, crm_config...). */
    void add(String section, String xml) {
        AdminCibStore store = AdminCibStore.forClusterDir(dir).orElseThrow();
        new StatusWriter(store).apply(doc -> {
            try {
                Element e = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(xml))).getDocumentElement();
                Element configuration = (Element) doc.root().getElementsByTagName("configuration").item(0);
                Element target = (Element) configuration.getElementsByTagName(section).item(0);
                if (target == null) {
                    target = doc.root().getOwnerDocument().createElement(section);
                    configuration.appendChild(target);
                }
                target.appendChild(doc.root().getOwnerDocument().importNode(e, true));
            } catch (Exception ex) {
                throw new IllegalArgumentException(ex);
            }
        });
    }

    /** A Dummy resource with a 1 s monitor that stays where it runs (stickiness 100). */
    void addDummy(String id) {
        add("resources", "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\">"
                + "<meta_attributes id=\"" + id + "-meta\"><nvpair id=\"" + id + "-stick\" name=\"resource-stickiness\""
                + " value=\"100\"/></meta_attributes><operations>"
                + "<op id=\"" + id + "-monitor-1s\" name=\"monitor\" interval=\"1s\" timeout=\"10s\"/></operations></primitive>");
    }

    /** A fence_jcrm device for this cluster, limited to {@code hosts} when not null. */
    void addFenceDevice(String id, String hosts) {
        addFenceDevice(id, hosts, "");
    }

    /** A fence_jcrm device as above that waits {@code delay} (pcmk_delay_base) first unless empty. */
    void addFenceDevice(String id, String hosts, String delay) {
        String wait = delay.isEmpty() ? "" : "<nvpair id=\"" + id + "-delay\" name=\"pcmk_delay_base\" value=\"" + delay + "\"/>";
        add("resources", "<primitive id=\"" + id + "\" class=\"stonith\" type=\"fence_jcrm\"><instance_attributes id=\""
                + id + "-ia\"><nvpair id=\"" + id + "-cd\" name=\"cluster_dir\" value=\"" + dir + "\"/>"
                + (hosts == null ? "<nvpair id=\"" + id + "-hc\" name=\"pcmk_host_check\" value=\"none\"/>"
                : "<nvpair id=\"" + id + "-hl\" name=\"pcmk_host_list\" value=\"" + hosts + "\"/>")
                + wait + "</instance_attributes></primitive>");
    }

    /** Runs a jcrm command against this cluster and returns what it printed. */
    String run(Command command, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>(List.of(args));
        words.add("--cluster");
        words.add(dir.toString());
        command.run(words, out, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    String status() {
        return run(new StatusCommand());
    }

    /** The live nodes whose Dummy state file for {@code rsc} exists. */
    List<String> stateFilesOn(String rsc, List<String> among) {
        return among.stream().filter(n -> Files.exists(dir.resolve(n).resolve("run/jcrm/Dummy-" + rsc + ".state"))).toList();
    }

    /** Whether a node's daemon process is alive. */
    boolean running(String node) {
        return PidFile.running(dir.resolve(node)).isPresent();
    }

    /** The pid of a node's daemon. */
    long pid(String node) {
        return PidFile.running(dir.resolve(node)).orElseThrow(() -> new IllegalStateException(node + " is not running")).pid();
    }

    /** What the DC logs on any node. */
    String logs() {
        StringBuilder all = new StringBuilder();
        for (String n : nodes()) {
            try {
                all.append(Files.readString(dir.resolve(n).resolve("jcrmd.log")));
            } catch (IOException e) {
                // a node that never started has no log
            }
        }
        return all.toString();
    }

    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        for (String n : nodes()) {
            Optional<ProcessHandle> p = PidFile.running(dir.resolve(n));
            p.ifPresent(h -> {
                signal(h.pid(), "CONT");
                // agents still running would keep writing into the test's directory while it is deleted
                List<ProcessHandle> agents = h.descendants().toList();
                agents.forEach(ProcessHandle::destroyForcibly);
                agents.forEach(a -> a.onExit().join());
                h.destroyForcibly();
                try {
                    h.onExit().get();
                } catch (Exception e) {
                    // it is gone or going
                }
            });
        }
    }
}
