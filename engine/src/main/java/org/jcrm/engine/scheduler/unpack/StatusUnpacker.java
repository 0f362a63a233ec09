package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jcrm.engine.scheduler.Score;
import org.jcrm.engine.scheduler.status.NodeStateEntry;
import org.jcrm.engine.scheduler.status.RecordedOp;
import org.jcrm.engine.scheduler.status.ResourceHistory;
import org.jcrm.engine.scheduler.status.StatusSection;

/** Unpacks the status section: node membership, transient attributes, tickets and each resource's history. */
final class StatusUnpacker {
    private static final BiFunction<String, Long, String> NO_ON_FAIL = (task, interval) -> null;
    private final StatusSection status;
    private final WorkingSet ws;
    /** For anonymous clones: which instance number a node's history was mapped to. */
    private final Map<String, Integer> anonymousInstance = new LinkedHashMap<>();
    /** For anonymous clones: the instance numbers some node's history was mapped to, by clone id. */
    private final Map<String, Set<Integer>> usedInstances = new HashMap<>();
    /** Clone templates' primitives by id, with the clone holding each (the first in configuration order). */
    private Map<String, CloneResource> templateOwners;
    private Set<Primitive> templatePrimitives;
    /** The digests of the definitions met so far, by their parameters (maps not changed once digested). */
    private final Map<Map<String, String>, String> digests = new HashMap<>();
    /** What each primitive's configuration says about reading its histories, looked up once per primitive. */
    private final Map<Primitive, HistoryRules> historyRules = new IdentityHashMap<>();

    /** A primitive's failure-timeout in seconds (0 for none) and whether any of its operations sets on-fail. */
    private record HistoryRules(long failureTimeout, boolean onFail) {
        static HistoryRules of(Primitive p) {
            return new HistoryRules(Durations.millis(p.meta().get("failure-timeout")) / 1000,
                    p.ops().stream().anyMatch(op -> op.onFail() != null));
        }
    }
    /** The instances of each anonymous clone's primitive, by clone and base id; forgotten when a clone grows. */
    private final Map<CloneResource, Map<String, List<Primitive>>> instancesByBase = new HashMap<>();
    /** The nodes each list of siblings (by identity: a grown clone gets new lists) was marked known on. */
    private final Map<List<Primitive>, Set<ClusterNode>> siblingsKnown = new IdentityHashMap<>();

    StatusUnpacker(StatusSection status, WorkingSet ws) {
        this.status = status;
        this.ws = ws;
    }

    void unpack() {
        for (Map<String, String> t : status.tickets() == null ? List.<Map<String, String>>of() : status.tickets()) {
            ws.tickets.put(t.get("id"), new Ticket(t.get("id"), Xml.isTrue(t.get("granted")), Xml.isTrue(t.get("standby"))));
        }
        for (ClusterNode n : ws.nodes) {
            n.attributes().put("#uname", n.uname());
            n.attributes().put("#id", n.id());
            n.attributes().put("#kind", n.guest ? "container" : n.remote ? "remote" : "cluster");
            n.attributes().put("#is_dc", Boolean.toString(n.id().equals(ws.dcUuid)));
        }
        for (NodeStateEntry ns : status.nodes()) {
            ClusterNode node = find(ns);
            if (node != null) {
                membership(node, ns);
            }
        }
        for (ClusterNode n : ws.nodes) {
            if (!n.seen) {
                n.online = false;
                boolean startupFencing = ws.booleanOption("startup-fencing", true);
                n.unclean = !n.remote && startupFencing && ws.stonithEnabled();
                if (n.unclean) {
                    n.fenceReason = "node is unclean";
                }
            }
            if (Xml.isTrue(n.attributes().get("standby"))) {
                n.standby = true;
            }
            if (Xml.isTrue(n.attributes().get("maintenance"))) {
                n.maintenance = true;
            }
        }
        // with fencing enabled, nodes that are not up are read in document order with the others (which
        // numbers clone instances); without it their histories are not read
        for (NodeStateEntry ns : status.nodes()) {
            ClusterNode node = find(ns);
            if (node != null && !node.remote && (node.online || ws.stonithEnabled())) {
                lrm(node, ns);
            }
        }
        remoteHistories();
        RemoteNodes.fenceWhereResourcesAreLost(ws);
        Map<ClusterNode, Map<String, FailureRecord>> failures = new HashMap<>();
        for (ClusterNode node : ws.nodes) {
            failures.put(node, FailureRecord.byResource(node.attributes()));
        }
        for (Primitive p : ws.primitives()) {
            failCounts(p, failures);
            if (p.activeOn.size() > 1 && "block".equals(p.meta().get("multiple-active"))) {
                p.blocked = true;
            }
        }
        RemoteNodes.addFillerFailures(ws);
        for (Primitive p : ws.primitives()) {
            if (p.blocked && p.parent() instanceof GroupResource g) {
                // later members of a group cannot be managed around a blocked one
                List<Resource> members = g.children();
                for (int i = members.indexOf(p) + 1; i < members.size(); i++) {
                    if (members.get(i) instanceof Primitive later && !later.activeOn.isEmpty()) {
                        later.blocked = true;
                    }
                }
            }
        }
    }

    /**
     * Remote and guest nodes' histories are read once their connection (and container) are known to run,
     * pass after pass since a connection may run on another remote node; with fencing enabled the rest
     * are read last, so that what is thought active there gets the node fenced.
     */
    private void remoteHistories() {
        java.util.Set<ClusterNode> done = new java.util.HashSet<>();
        for (boolean progress = true; progress;) {
            progress = false;
            RemoteNodes.decideOnline(ws);
            for (NodeStateEntry ns : status.nodes()) {
                ClusterNode node = find(ns);
                if (node != null && node.remote && !done.contains(node) && RemoteNodes.connectionUp(node)) {
                    lrm(node, ns);
                    done.add(node);
                    progress = true;
                }
            }
        }
        if (ws.stonithEnabled()) {
            for (NodeStateEntry ns : status.nodes()) {
                ClusterNode node = find(ns);
                if (node != null && node.remote && node.connection() != null && done.add(node)) {
                    lrm(node, ns);
                }
            }
        }
    }

    /** A history's operations in call order and the resource its id names (null when none yet). */
    private record Prepared(List<RecordedOp> ops, Resource named) {
    }

    private void lrm(ClusterNode node, NodeStateEntry ns) {
        List<ResourceHistory> resources = ns.resources();
        // ordering the operations and looking the ids up only read: that is done in parallel (the
        // lookups, spread over memory, were a third of the unpacking on a large status), and the
        // histories are then applied one by one in document order
        List<Prepared> prepared = resources.parallelStream()
                .map(r -> new Prepared(OpHistory.inCallOrder(r.ops()), ws.byId.get(r.id()))).toList();
        for (int i = 0; i < resources.size(); i++) {
            history(node, resources.get(i), prepared.get(i));
        }
    }

    private ClusterNode find(NodeStateEntry ns) {
        String uname = ns.attr("uname");
        String id = ns.attr("id");
        for (ClusterNode n : ws.nodes) {
            if (n.id().equals(id) || (uname != null && n.uname().equals(uname) && !n.seen)) {
                return n;
            }
        }
        return null;
    }

    private void membership(ClusterNode node, NodeStateEntry ns) {
        node.seen = true;
        node.attributes().putAll(ns.transientAttributes());
        String inCcm = attr(ns, "in_ccm", "false");
        boolean inCluster = Xml.isTrue(inCcm) || RecordedOp.parseLong(inCcm, 0) > 1;
        String crmd = attr(ns, "crmd", "offline");
        boolean peer = crmd.equals("online") || RecordedOp.parseLong(crmd, 0) > 1;
        String join = attr(ns, "join", "down");
        String expected = attr(ns, "expected", "down");
        String shutdownAttr = node.attributes().get("shutdown");
        node.shutdown = (shutdownAttr != null && !shutdownAttr.equals("0"))
                || (ns.attr("shutdown") != null && !ns.attr("shutdown").equals("0"));
        if (node.remote) {
            node.online = inCluster || peer;
            return;
        }
        if (!ws.stonithEnabled()) {
            node.online = inCluster && peer && join.equals("member");
            node.pending = inCluster && peer && !join.equals("member") && !join.equals("down");
            return;
        }
        boolean seenByCluster = ns.attr("in_ccm") != null;
        if (!seenByCluster && !peer && expected.equals("down")) {
            node.online = false;
        } else if (join.equals("nack")) {
            unclean(node, inCluster, "peer failed Pacemaker membership criteria");
        } else if (expected.equals("down") && !node.shutdown) {
            // a member whose controller has not joined yet (no expected state recorded) is pending
            node.pending = peer || inCluster && ns.attr("expected") == null;
        } else if (!inCluster) {
            unclean(node, false, "peer is no longer part of the cluster");
        } else if (!peer) {
            unclean(node, true, "peer process is no longer available");
        } else if (join.equals("member")) {
            node.online = true;
        } else if (join.equals("pending") || join.equals("down")) {
            node.pending = true;
        } else {
            unclean(node, true, "peer was in an unknown state");
        }
    }

    private static String attr(NodeStateEntry ns, String name, String fallback) {
        String v = ns.attr(name);
        return v == null ? fallback : v;
    }

    private void unclean(ClusterNode node, boolean online, String reason) {
        node.online = online;
        node.unclean = true;
        node.fenceReason = reason;
        node.fencingDecided(ws);
    }

    private void history(ClusterNode node, ResourceHistory lrmRsc, Prepared prepared) {
        String id = lrmRsc.id();
        List<RecordedOp> ops = prepared.ops();
        // an id once known keeps its resource; one unknown may have become an orphan's since
        Primitive p = resolve(id, prepared.named() != null ? prepared.named() : ws.byId.get(id), node, ops, lrmRsc);
        if (p == null) {
            return;
        }
        HistoryRules rules = historyRules.computeIfAbsent(p, HistoryRules::of);
        long failureTimeout = rules.failureTimeout();
        if (failureTimeout > 0) {
            long now = ws.now.getEpochSecond();
            // expired failures are forgotten, as if they never happened
            ops = ops.stream().filter(o -> o.succeeded() || o.pending() || o.lastRcChange() == 0
                    || o.lastRcChange() + failureTimeout > now).toList();
        }
        OpHistory h = OpHistory.replay(ops, rules.onFail() ? (task, interval) -> onFail(p, task, interval) : NO_ON_FAIL);
        p.failureIgnored |= h.failureIgnored;
        p.knownOn.add(node);
        if (!ops.isEmpty()) {
            p.probedOn.add(node);
        }
        List<Primitive> siblings = siblings(p);
        // every instance's history names the same siblings: mark them once per node, not once per instance
        if (!siblings.isEmpty() && siblingsKnown.computeIfAbsent(siblings, s -> new HashSet<>()).add(node)) {
            for (Primitive sibling : siblings) {
                sibling.knownOn.add(node);
            }
        }
        if (h.role.isActive()) {
            Role role = h.role;
            CloneResource clone = p.cloneAncestor();
            if (role == Role.STARTED && clone != null && clone.promotable()) {
                role = Role.UNPROMOTED;
            }
            p.activeOn.put(node, role);
            if (!node.online && !node.remote && !node.maintenance && p.managed()) {
                // a resource thought active on a node that is down can only be known stopped by fencing
                node.markUnclean(p.id() + " is thought to be active there");
                node.fencingDecided(ws);
            }
            p.historyNames.put(node, lrmRsc.id());
            Map<String, String> opParams = opParams(p, h.startDigestTask);
            Map<String, String> digested = new LinkedHashMap<>(p.params());
            digested.putAll(opParams);
            if (h.startDigest != null && !p.orphan && !p.internal() && !h.startDigest.equals(digestOf(digested))
                    && !SecureDigest.matches(lrmRsc.ops(), h.startDigest, digested)) {
                if (ReloadCheck.reloadSuffices(lrmRsc.ops(), h.startDigest, p.params(), opParams)) {
                    p.reloadOn.add(node);
                } else {
                    p.definitionChangedOn.add(node);
                }
            } else if (h.startDigestMissing && !p.orphan && !p.internal()) {
                // with no digest recorded the definition may have changed: restart to be sure
                p.definitionChangedOn.add(node);
            } else if (promotionChanged(p, h, lrmRsc) && !p.orphan && !p.internal()) {
                p.definitionChangedOn.add(node);
            }
            p.monitorsOn.put(node, h.monitors());
        }
        if (h.pendingTask != null) {
            p.pendingOn.put(node, h.pendingTask);
        }
        if (h.failed && h.role.isActive() && !node.unclean) {
            applyFailure(p, node, h);
        }
        if (h.notInstalled) {
            p.addScore(node, -Score.INF);
        }
    }

    /** Whether the promotion since the start recorded another definition than the current one, or none. */
    private boolean promotionChanged(Primitive p, OpHistory h, ResourceHistory lrmRsc) {
        if (h.promoteDigestMissing) {
            return true;
        }
        if (h.promoteDigest == null) {
            return false;
        }
        Map<String, String> digested = new LinkedHashMap<>(p.params());
        digested.putAll(opParams(p, "promote"));
        return !h.promoteDigest.equals(digestOf(digested)) && !SecureDigest.matches(lrmRsc.ops(), h.promoteDigest, digested);
    }

    /**
     * The digest of a definition's parameters. Every instance of a clone on every node has the same
     * definition: each distinct one is digested once.
     */
    private String digestOf(Map<String, String> digested) {
        return digests.computeIfAbsent(digested, ParameterDigest::of);
    }

    /** The parameters the configuration of a non-recurring operation adds to the resource's in its digest. */
    private static Map<String, String> opParams(Primitive p, String task) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OpConfig op : p.ops()) {
            if (op.name().equals(task) && op.intervalMs() == 0) {
                out.putAll(op.params());
            }
        }
        return out;
    }

    private void applyFailure(Primitive p, ClusterNode node, OpHistory h) {
        String onFail = h.failedOnFail;
        if (h.failedStop && (!p.managed() || ws.maintenanceMode())) {
            onFail = "block";
        }
        if (h.failedStop) {
            p.failedStopOn.add(node);
            p.failedOn.add(node);
            if (onFail == null) {
                onFail = ws.stonithEnabled() ? "fence" : "block";
            }
        } else {
            p.failedOn.add(node);
        }
        switch (onFail == null ? "restart" : onFail) {
            case "block" -> p.blocked = !node.unclean;
            case "fence" -> {
                if (ws.stonithEnabled()) {
                    node.unclean = true;
                    node.fenceReason = p.id() + " failed there";
                    node.fencingDecided(ws);
                } else {
                    p.blocked = true;
                }
            }
            case "standby" -> node.standbyOnFail = true;
            case "stop" -> p.stopOnFail = true;
            default -> { }
        }
    }

    private String onFail(Primitive p, String task, long interval) {
        for (OpConfig op : p.ops()) {
            if (op.name().equals(task) && op.intervalMs() == interval && op.onFail() != null) {
                return op.onFail();
            }
        }
        return null;
    }

    private List<Primitive> siblings(Primitive p) {
        CloneResource clone = p.cloneAncestor();
        if (clone == null || clone.unique()) {
            return List.of();
        }
        return instancesByBase.computeIfAbsent(clone, c -> {
            Map<String, List<Primitive>> byBase = new HashMap<>();
            for (Primitive x : c.primitives()) {
                byBase.computeIfAbsent(baseName(x.id()), b -> new ArrayList<>()).add(x);
            }
            return byBase;
        }).getOrDefault(baseName(p.id()), List.of());
    }

    private CloneResource orphanInstance(CloneResource clone) {
        CloneInstances.orphan(ws, clone);
        instancesByBase.remove(clone);
        return clone;
    }

    static String baseName(String id) {
        int colon = id.lastIndexOf(':');
        if (colon <= 0) {
            return id;
        }
        // called for every history entry: a plain loop, no substring or stream just to test the digits
        for (int i = colon + 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return id;
            }
        }
        return id.substring(0, colon);
    }

    private Primitive resolve(String id, Resource r, ClusterNode node, List<RecordedOp> ops, ResourceHistory lrmRsc) {
        if (r instanceof Primitive p && p.cloneAncestor() == null && !isCloneTemplate(p)) {
            return p;
        }
        String base = baseName(id);
        CloneResource clone = cloneOf(base);
        if (clone == null) {
            return orphan(id, lrmRsc, ops);
        }
        if (clone.unique() && r instanceof Primitive p && p.cloneAncestor() == clone) {
            return p;
        }
        OpHistory h = OpHistory.replay(ops, (t, i) -> null);
        String key = clone.id() + "@" + node.uname();
        Integer index = anonymousInstance.get(key);
        if (index != null && h.role.isActive() && activeMember(clone.children().get(index), base, node)) {
            // a second copy active on the same node: more than the clone allows
            orphanInstance(clone);
            return member(clone.children().get(clone.children().size() - 1), base);
        }
        if (index == null) {
            index = freeInstance(clone, base, id, h.role.isActive());
            if (index == null && h.role.isActive()) {
                orphanInstance(clone);
                index = clone.children().size() - 1;
            }
            if (index == null) {
                return null;
            }
            if (h.role.isActive()) {
                anonymousInstance.put(key, index);
                usedInstances.computeIfAbsent(clone.id(), c -> new HashSet<>()).add(index);
            }
        }
        for (Primitive p : clone.children().get(index).primitives()) {
            if (baseName(p.id()).equals(base)) {
                return p;
            }
        }
        return null;
    }

    private static boolean activeMember(Resource instance, String base, ClusterNode node) {
        Primitive p = member(instance, base);
        return p != null && p.activeOn.containsKey(node);
    }

    private static Primitive member(Resource instance, String base) {
        for (Primitive p : instance.primitives()) {
            if (baseName(p.id()).equals(base)) {
                return p;
            }
        }
        return null;
    }

    private Integer freeInstance(CloneResource clone, String base, String id, boolean active) {
        List<Resource> instances = clone.children();
        if (instances.isEmpty()) {
            return null;
        }
        if (!active) {
            return 0;
        }
        Set<Integer> used = usedInstances.getOrDefault(clone.id(), Set.of());
        for (int i = 0; i < instances.size(); i++) {
            if (!used.contains(i)) {
                return i;
            }
        }
        return null;
    }

    private boolean isCloneTemplate(Primitive p) {
        indexTemplates();
        return templatePrimitives.contains(p);
    }

    private CloneResource cloneOf(String base) {
        indexTemplates();
        return templateOwners.get(base);
    }

    private void indexTemplates() {
        if (templateOwners != null) {
            return;
        }
        templateOwners = new HashMap<>();
        templatePrimitives = new HashSet<>();
        for (Resource r : ws.resources) {
            if (r instanceof CloneResource c && c.template() != null) {
                for (Primitive p : c.template().primitives()) {
                    templateOwners.putIfAbsent(p.id(), c);
                    templatePrimitives.add(p);
                }
            }
        }
    }

    private Primitive orphan(String id, ResourceHistory lrmRsc, List<RecordedOp> ops) {
        Resource existing = ws.byId.get(id);
        if (existing instanceof Primitive p && p.orphan) {
            return p;
        }
        if (existing != null) {
            return null;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Primitive p = new Primitive(id, meta, lrmRsc.agentClass(), lrmRsc.provider(), lrmRsc.type(),
                List.of(), Map.of());
        p.orphan = true;
        ws.byId.put(id, p);
        ws.resources.add(p);
        return p;
    }

    private void failCounts(Primitive p, Map<ClusterNode, Map<String, FailureRecord>> failures) {
        String base = baseName(p.id());
        CloneResource clone = p.cloneAncestor();
        String name = clone != null && !clone.unique() ? base : p.id();
        long failureTimeout = Durations.millis(p.meta().get("failure-timeout"));
        long now = ws.now.getEpochSecond();
        for (ClusterNode node : ws.nodes) {
            FailureRecord record = failures.get(node).get(name);
            if (record == null) {
                continue;
            }
            int count = record.count();
            long lastFailure = record.lastFailure();
            if (count > 0 && failureTimeout > 0 && lastFailure > 0 && lastFailure + failureTimeout / 1000 <= now) {
                count = 0;
            }
            if (count > 0) {
                p.failCounts.merge(node, count, Math::max);
            }
        }
    }
}
