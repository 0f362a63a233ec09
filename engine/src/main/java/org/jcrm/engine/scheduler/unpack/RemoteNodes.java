package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;
import org.w3c.dom.Element;

/**
 * Pacemaker Remote nodes: a remote node for every ocf:pacemaker:remote connection resource and a guest
 * node for every resource with the {@code remote-node} meta attribute, whose connection is an implicit
 * ocf:pacemaker:remote primitive that runs inside it. A node is online while its connection (and, for
 * a guest, its container) is started and has not failed. Resources with the {@code container} meta
 * attribute run inside that container: placed with it, started after it, and their failures count as its own.
 */
public final class RemoteNodes {
    private static final long GUEST_MONITOR_MS = 30_000;

    private RemoteNodes() {
    }

    /** Adds the nodes that connection resources and guest containers declare, before resources exist. */
    static void declare(Element resources, WorkingSet ws, RuleEvaluator rules, Element cib) {
        for (Element e : primitivesIn(resources)) {
            if (isConnection(e)) {
                node(ws, Xml.attr(e, "id"), false);
            }
            String guest = Xml.nvpairs(e, "meta_attributes", rules, cib).get("remote-node");
            if (guest != null) {
                node(ws, guest, true);
            }
        }
    }

    /**
     * Links each declared node to its connection, creating the implicit connection of guest nodes (at
     * the end of the resource list), and ties every resource with a {@code container} to it.
     */
    static void link(WorkingSet ws, Map<String, String> rscDefaults) {
        for (Resource r : List.copyOf(ws.resources)) {
            for (Primitive p : r.primitives()) {
                String guest = p.meta().get("remote-node");
                if (guest != null && ws.node(guest) != null && !ws.byId.containsKey(guest)) {
                    ws.node(guest).connection = implicitConnection(ws, guest, p, rscDefaults);
                    ws.node(guest).container = p;
                }
                if (isConnection(p) && ws.node(p.id()) != null && ws.node(p.id()).remote) {
                    ws.node(p.id()).connection = p;
                    // a connection can move without disturbing what runs on its node
                    p.meta().putIfAbsent("allow-migrate", "true");
                }
            }
        }
        for (Primitive p : ws.primitives()) {
            Resource container = p.meta().get("container") == null ? null : ws.byId.get(p.meta().get("container"));
            if (container != null && container != p) {
                p.container = container;
                ws.colocations.add(new Colocation(p.id() + "-with-container", p, container, Score.INF,
                        Role.UNKNOWN, Role.UNKNOWN, true));
                ws.orderings.add(new Ordering(container.id() + "-then-" + p.id(), container, "start", p, "start",
                        "Mandatory", true, true));
                ws.orderings.add(new Ordering(p.id() + "-then-" + container.id(), p, "stop", container, "stop",
                        "Mandatory", true, true));
            }
        }
    }

    /**
     * Resources thought active on a remote or guest node that is not up: the node must be fenced (a guest
     * by recovering its container, even without fencing devices). Fencing a remote node whose connection
     * has not failed is revoked if the connection starts again elsewhere. Resources on a guest being
     * fenced count as failed there: they must be recovered.
     */
    static void fenceWhereResourcesAreLost(WorkingSet ws) {
        for (Primitive p : ws.primitives()) {
            for (ClusterNode n : p.activeOn.keySet()) {
                // a remote node without a connection resource cannot be reached, nor fenced
                if (!n.remote || n.online || n.maintenance || !p.managed() || n.connection == null) {
                    continue;
                }
                if (n.guest) {
                    n.markUnclean("guest is unclean");
                    if (n.container != null) {
                        n.container.failedOn.addAll(n.container.activeOn.keySet()); // fenced by recovering it
                    }
                } else if (ws.stonithEnabled() && !n.unclean) {
                    boolean revocable = n.connection != null && !n.connection.isFailed();
                    n.markUnclean(p.id() + (revocable ? " is active there (fencing will be revoked if remote connection"
                            + " can be re-established elsewhere)" : " is thought to be active there"));
                    n.fenceRevocable = revocable;
                }
            }
        }
        for (Primitive p : ws.primitives()) {
            for (ClusterNode n : p.activeOn.keySet()) {
                if (n.guest && n.unclean) {
                    p.failedOn.add(n);
                }
            }
        }
    }

    /** Whether {@code p} may be probed on {@code n}: on a remote node only if it may run there and the node is up now. */
    public static boolean probeable(Primitive p, ClusterNode n) {
        return !n.remote || !forbidden(p, n) && connectionUp(n) && !n.unclean;
    }

    /** Whether the node's connection (and a guest's container) is known to run. */
    static boolean connectionUp(ClusterNode n) {
        return n.connection != null && !n.connection.activeOn.isEmpty()
                && (n.container == null || !n.container.activeOn.isEmpty());
    }

    /** A container's fail count on a node includes the failures of the resources running inside it. */
    static void addFillerFailures(WorkingSet ws) {
        for (Primitive p : ws.primitives()) {
            if (p.container instanceof Primitive container) {
                p.failCounts.forEach((node, count) -> container.failCounts.merge(node, count, Score::add));
            }
        }
    }

    /** Decides which remote and guest nodes are online, once cluster nodes' histories are known. */
    static void decideOnline(WorkingSet ws) {
        for (ClusterNode n : ws.nodes) {
            if (!n.remote) {
                continue;
            }
            Primitive conn = n.connection;
            boolean containerUp = n.container == null || !n.container.activeOn.isEmpty() && !n.container.isFailed();
            n.online = conn != null && !conn.activeOn.isEmpty() && !conn.isFailed() && containerUp;
            // a guest goes down with its container: failed, or on a host that is being fenced
            if (n.guest && n.container != null && (n.container.isFailed()
                    || n.container.activeOn.keySet().stream().anyMatch(host -> host.unclean))) {
                n.markUnclean("guest is unclean");
                n.online = false;
            }
            if (n.online && (conn.targetRole() == Role.STOPPED || !containerRunnable(n))) {
                n.shutdown = true;
            }
        }
    }

    /** After its connection is assigned, a remote or guest node is up for placement exactly when the connection will run. */
    public static void connectionAssigned(WorkingSet ws, Primitive conn) {
        ClusterNode n = ws.node(conn.id());
        if (n == null || !n.remote || n.connection != conn) {
            return;
        }
        if (n.fenceRevocable && conn.assigned() != null) {
            n.unclean = false;
            n.fenceReason = null;
        }
        if (!n.unclean || n.guest) {
            n.online = conn.assigned() != null;
        }
    }

    private static boolean containerRunnable(ClusterNode n) {
        return n.container == null || n.container.targetRole() != Role.STOPPED;
    }

    /** Whether a primitive may run on the node: connections, containers and fencing run on cluster nodes only. */
    public static boolean forbidden(Primitive p, ClusterNode n) {
        if (!n.remote) {
            return false;
        }
        return p.isStonith() || isConnection(p) || hostsGuest(p);
    }

    private static boolean hostsGuest(Primitive p) {
        return p.meta().containsKey("remote-node");
    }

    public static boolean isConnection(Primitive p) {
        return "ocf".equals(p.standard()) && "pacemaker".equals(p.provider()) && "remote".equals(p.agent());
    }

    private static boolean isConnection(Element e) {
        return "ocf".equals(Xml.attr(e, "class")) && "pacemaker".equals(Xml.attr(e, "provider"))
                && "remote".equals(Xml.attr(e, "type"));
    }

    private static Primitive implicitConnection(WorkingSet ws, String name, Primitive container,
            Map<String, String> rscDefaults) {
        Map<String, String> meta = new LinkedHashMap<>(rscDefaults);
        meta.put("container", container.id());
        meta.put("internal", "true");
        if (container.meta().containsKey("allow-migrate")) {
            meta.put("allow-migrate", container.meta().get("allow-migrate")); // it migrates along with its container
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("addr", container.meta().getOrDefault("remote-addr", name));
        if (container.meta().containsKey("remote-port")) {
            params.put("port", container.meta().get("remote-port"));
        }
        List<OpConfig> ops = List.of(new OpConfig("monitor", GUEST_MONITOR_MS, Role.parse(null), null, true,
                name + "-monitor-interval-30s"));
        Primitive conn = new Primitive(name, meta, "ocf", "pacemaker", "remote", ops, params);
        ws.resources.add(conn);
        ws.byId.put(name, conn);
        return conn;
    }

    private static void node(WorkingSet ws, String name, boolean guest) {
        ClusterNode n = ws.node(name);
        if (n == null) {
            n = new ClusterNode(name, name, "remote");
            ws.nodes.add(n);
        }
        n.remote = true;
        n.guest = guest;
    }

    private static List<Element> primitivesIn(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Element e : Xml.children(parent, null)) {
            if (e.getTagName().equals("primitive")) {
                out.add(e);
            } else if (e.getTagName().equals("group")) {
                out.addAll(primitivesIn(e));
            }
        }
        return out;
    }
}
