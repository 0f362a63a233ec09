package org.jcrm.engine.node.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.executor.ActionHandler;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.HandlerResolver;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.node.ChannelMux;
import org.jcrm.engine.node.Quorum;
import org.jcrm.engine.node.QuorumPolicy;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.replicated.CibDiskCopy;
import org.jcrm.engine.store.replicated.InMemoryGroup;
import org.jcrm.engine.store.replicated.ReplicatedCibStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Three controllers in one JVM over an in-memory group, with simulated agents: one DC, resources
 * started and recorded in the status section, and a node that leaves is fenced before its
 * resource starts elsewhere.
 */
class ControllerTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3");

    @TempDir
    java.nio.file.Path dir;

    private final InMemoryGroup group = new InMemoryGroup();
    private final List<Node> nodes = new ArrayList<>();
    /** What happened, in order: "start d1 on n2", "fence n2", ... */
    private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Where each simulated resource runs. */
    private final Map<String, Set<String>> running = new ConcurrentHashMap<>();

    private record Node(String name, InMemoryGroup.Member channel, ReplicatedCibStore store, NodeExecutor executor,
                        Controller controller) {
    }

    @AfterEach
    void stop() {
        for (Node n : nodes) {
            n.controller().close();
            n.executor().close();
            n.store().close();
        }
    }

    private Node start(String name) {
        InMemoryGroup.Member channel = group.member(name);
        Quorum quorum = new Quorum(new QuorumPolicy(NODES.size(), false, false), NODES);
        channel.addViewListener(quorum::update);
        ChannelMux mux = new ChannelMux(channel);
        ReplicatedCibStore store = new ReplicatedCibStore(mux.lane(0), quorum,
                new CibDiskCopy(dir.resolve(name)), Duration.ofSeconds(5));
        NodeExecutor executor = new NodeExecutor(handlers(name), 4);
        Controller controller = new Controller(mux.lane(1), quorum, store, executor, NODES, m -> { });
        Node node = new Node(name, channel, store, executor, controller);
        nodes.add(node);
        return node;
    }

    private HandlerResolver handlers(String node) {
        ActionHandler ocf = a -> {
            Set<String> where = running.computeIfAbsent(a.resourceId(), k -> ConcurrentHashMap.newKeySet());
            switch (a.action()) {
                case "start" -> {
                    events.add("start " + a.resourceId() + " on " + node);
                    where.add(node);
                }
                case "stop" -> where.remove(node);
                default -> {
                    return done(where.contains(node) ? OcfCode.SUCCESS : OcfCode.NOT_RUNNING);
                }
            }
            return done(OcfCode.SUCCESS);
        };
        ActionHandler stonith = a -> {
            if (a.meta().containsKey(Fencer.TARGET_META)) {
                String target = a.meta().get(Fencer.TARGET_META);
                events.add("fence " + target);
                running.values().forEach(s -> s.remove(target));
            }
            return done(OcfCode.SUCCESS);
        };
        return HandlerResolver.byStandard(Map.of("ocf", ocf, "stonith", stonith));
    }

    private static ActionResult done(int rc) {
        return new ActionResult(rc, OpStatus.DONE, "", "", Duration.ofMillis(3));
    }

    private void startAll() {
        NODES.forEach(this::start);
        for (Node n : nodes) {
            group.join(n.channel());
            n.controller().start();
        }
    }

    private void configure(String resourcesXml) {
        Node any = nodes.get(1);
        StatusWriter writer = new StatusWriter(any.store());
        writer.apply(doc -> {
            try {
                Element parsed = StatusDocument.parse("<x>" + resourcesXml + "</x>").root();
                Element resources = (Element) doc.root().getElementsByTagName("resources").item(0);
                for (org.w3c.dom.Node c = parsed.getFirstChild(); c != null; c = c.getNextSibling()) {
                    resources.appendChild(doc.root().getOwnerDocument().importNode(c, true));
                }
            } catch (RuntimeException e) {
                throw e;
            }
        });
    }

    private static boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
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
        return false;
    }

    private Optional<Element> op(Node from, String node, String id) {
        Cib cib = from.store().current();
        StatusDocument doc = StatusDocument.parse(CibXml.toXml(cib));
        for (Element r : doc.lrmResources(node)) {
            var ops = r.getElementsByTagName("lrm_rsc_op");
            for (int i = 0; i < ops.getLength(); i++) {
                Element op = (Element) ops.item(i);
                if (op.getAttribute("id").equals(id)) {
                    return Optional.of(op);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void exactlyTheFirstMemberIsDcAndItRecordsTheNodes() {
        startAll();
        assertTrue(nodes.get(0).controller().isDc());
        assertFalse(nodes.get(1).controller().isDc());
        assertFalse(nodes.get(2).controller().isDc());
        assertTrue(await(() -> {
            StatusDocument doc = StatusDocument.parse(CibXml.toXml(nodes.get(2).store().current()));
            return NODES.stream().allMatch(doc::isMember) && "1".equals(doc.root().getAttribute("dc-uuid"));
        }));
    }

    @Test
    void resourceStartsAndItsOperationsAreRecorded() {
        startAll();
        configure("<primitive id=\"d1\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\"><operations>"
                + "<op id=\"d1-mon\" name=\"monitor\" interval=\"10s\" timeout=\"15s\"/></operations></primitive>");
        assertTrue(await(() -> running.getOrDefault("d1", Set.of()).size() == 1));
        String where = running.get("d1").iterator().next();
        assertTrue(await(() -> op(nodes.get(2), where, "d1_monitor_10000").isPresent()));
        Element start = op(nodes.get(2), where, "d1_last_0").orElseThrow();
        assertEquals("start", start.getAttribute("operation"));
        assertEquals("0", start.getAttribute("rc-code"));
        assertEquals("0", start.getAttribute("op-status"));
        assertEquals("3", start.getAttribute("exec-time"));
        assertEquals("f2317cad3d54cec5d7d7aa7d0bf35cf8", start.getAttribute("op-digest"));
        assertTrue(start.getAttribute("transition-key").matches("\\d+:\\d+:0:" + OpRecorder.UUID), start.getAttribute("transition-key"));
        assertFalse(start.getAttribute("last-rc-change").isEmpty());
        Element monitor = op(nodes.get(2), where, "d1_monitor_10000").orElseThrow();
        assertTrue(Integer.parseInt(monitor.getAttribute("call-id")) > Integer.parseInt(start.getAttribute("call-id")));
        Element probe = op(nodes.get(2), NODES.stream().filter(n -> !n.equals(where)).findFirst().orElseThrow(), "d1_last_0").orElseThrow();
        assertEquals("monitor", probe.getAttribute("operation"));
        assertEquals("7", probe.getAttribute("rc-code"));
    }

    @Test
    void aNodeThatLeavesIsFencedBeforeItsResourceMoves() {
        startAll();
        configure("<primitive id=\"fence1\" class=\"stonith\" type=\"fence_test\"/>"
                + "<primitive id=\"d1\" class=\"ocf\" provider=\"jcrm\" type=\"Dummy\"/>");
        assertTrue(await(() -> running.getOrDefault("d1", Set.of()).size() == 1));
        String victim = running.get("d1").iterator().next();
        Node lost = nodes.stream().filter(n -> n.name().equals(victim)).findFirst().orElseThrow();
        lost.controller().close();
        group.leave(lost.channel());
        assertTrue(await(() -> running.get("d1").size() == 1 && !running.get("d1").contains(victim)), events.toString());
        int fenced = events.indexOf("fence " + victim);
        int restarted = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith("start d1 on ") && i > fenced) {
                restarted = i;
            }
        }
        assertTrue(fenced >= 0 && restarted > fenced, events.toString());
        Node survivor = nodes.stream().filter(n -> !n.name().equals(victim)).findFirst().orElseThrow();
        StatusDocument doc = StatusDocument.parse(CibXml.toXml(survivor.store().current()));
        assertEquals("down", doc.findNodeState(victim).orElseThrow().getAttribute("expected"));
        assertTrue(doc.lrmResources(victim).isEmpty());
        assertTrue(CibVersion.of(survivor.store().current()).epoch() > 0);
    }
}
