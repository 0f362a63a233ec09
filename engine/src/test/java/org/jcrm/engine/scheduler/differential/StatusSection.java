package org.jcrm.engine.scheduler.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcrm.engine.scheduler.unpack.ParameterDigest;

/**
 * Draws and writes the {@code <status>} section: a node_state per node (up, standby, clean down,
 * unclean), promotion scores and fail counts as transient attributes, and operation histories
 * (running, probed, failed start, failed monitor, failed stop, active on two nodes, ...).
 */
final class StatusSection {
    private static final String UUID = "6c5bd9a1-4e0b-4c1e-9c36-3f6b1b0d2a11";
    private static final History[] INACTIVE = {
        History.PROBED_STOPPED, History.PROBED_STOPPED, History.PROBED_STOPPED, History.PROBED_STOPPED,
        History.PROBED_STOPPED, History.FAILED_START, History.STOPPED, History.STOPPED,
    };
    private static final History[] ACTIVE = {
        History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING,
        History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING, History.RUNNING,
        History.FAILED_MONITOR, History.MONITOR_ERROR, History.FAILED_STOP,
    };

    private final SplittableRandom random;
    private final List<GenNode> nodes;
    private final long now;
    private final Map<String, Map<String, History>> histories = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
    private final Map<String, GenResource.Instance> byLrmId = new LinkedHashMap<>();
    private final Map<String, Integer> callIds = new LinkedHashMap<>();
    private final Map<String, Long> failedAt = new LinkedHashMap<>();
    private int actionNumber;
    private String[] digests;

    private StatusSection(SplittableRandom random, List<GenNode> nodes, long now) {
        this.random = random;
        this.nodes = nodes;
        this.now = now;
        for (GenNode n : nodes) {
            histories.put(n.name(), new LinkedHashMap<>());
            attributes.put(n.name(), new LinkedHashMap<>());
        }
    }

    /** Draws a history for every resource and writes the status of every node at instant {@code now} (epoch s). */
    static void write(SplittableRandom random, List<GenNode> nodes, List<GenResource> resources, long now, XmlText xml) {
        StatusSection s = new StatusSection(random, nodes, now);
        for (GenResource r : resources) {
            s.draw(r);
        }
        xml.open("status");
        for (GenNode n : nodes) {
            s.writeNode(n, xml);
        }
        xml.close("status");
    }

    private void draw(GenResource r) {
        boolean perNode = r.kind() == GenResource.Kind.CLONE || r.kind() == GenResource.Kind.PROMOTABLE;
        String home = nodes.get(random.nextInt(nodes.size())).name();
        boolean groupActive = random.nextInt(3) > 0;
        for (GenResource.Instance inst : r.instances()) {
            byLrmId.put(inst.lrmId(), inst);
            if (random.nextInt(8) == 0) {
                continue;
            }
            if (perNode) {
                for (GenNode n : nodes) {
                    boolean active = random.nextInt(5) < 3;
                    put(n.name(), inst, active ? active(inst) : inactive());
                }
                if (inst.promotable()) {
                    promotionScores(inst);
                }
            } else {
                drawSingle(r, inst, home, groupActive);
            }
        }
    }

    /** A resource meant to be active once: usually on one node (a group's members on the same one), sometimes two. */
    private void drawSingle(GenResource r, GenResource.Instance inst, String home, boolean groupActive) {
        String where = r.kind() == GenResource.Kind.GROUP && random.nextInt(5) > 0 ? home
                : nodes.get(random.nextInt(nodes.size())).name();
        boolean active = r.kind() == GenResource.Kind.GROUP ? groupActive && random.nextInt(6) > 0 : random.nextInt(5) < 3;
        String twice = active && random.nextInt(10) == 0 ? nodes.get(random.nextInt(nodes.size())).name() : null;
        for (GenNode n : nodes) {
            if (active && (n.name().equals(where) || n.name().equals(twice))) {
                put(n.name(), inst, active(inst));
            } else if (random.nextInt(3) > 0) {
                put(n.name(), inst, inactive());
            }
        }
    }

    private History active(GenResource.Instance inst) {
        if (inst.promotable() && random.nextInt(3) == 0) {
            return History.PROMOTED;
        }
        return ACTIVE[random.nextInt(ACTIVE.length)];
    }

    private History inactive() {
        return INACTIVE[random.nextInt(INACTIVE.length)];
    }

    private void promotionScores(GenResource.Instance inst) {
        String[] scores = {"5", "10", "100", "1000"};
        for (GenNode n : nodes) {
            if (n.state().online() && random.nextInt(4) > 0) {
                attributes.get(n.name()).put("master-" + inst.primitive(), scores[random.nextInt(scores.length)]);
            }
        }
    }

    private void put(String node, GenResource.Instance inst, History h) {
        histories.get(node).put(inst.lrmId(), h);
        String failed = switch (h) {
            case FAILED_START -> "start_0";
            case FAILED_STOP -> "stop_0";
            case FAILED_MONITOR, MONITOR_ERROR -> "monitor_" + monitorInterval(inst, false);
            default -> null;
        };
        if (failed == null) {
            return;
        }
        long when = failureTime();
        failedAt.put(node + " " + inst.lrmId(), when);
        if (random.nextInt(6) > 0) {
            String count = failed.startsWith("monitor") ? Integer.toString(1 + random.nextInt(3)) : "INFINITY";
            attributes.get(node).put("fail-count-" + inst.lrmId() + "#" + failed, count);
            attributes.get(node).put("last-failure-" + inst.lrmId() + "#" + failed, Long.toString(when));
        }
    }

    /** Failures are either recent or older than the generated failure-timeout (60 s). */
    private long failureTime() {
        return now - (random.nextBoolean() ? 20 : 900);
    }

    private static long monitorInterval(GenResource.Instance inst, boolean promoted) {
        if (inst.agentClass().equals("stonith")) {
            return 60000;
        }
        return inst.promotable() && !promoted ? 11000 : 10000;
    }

    private void writeNode(GenNode n, XmlText xml) {
        Map<String, History> h = histories.get(n.name());
        Map<String, String> attrs = attributes.get(n.name());
        switch (n.state()) {
            case UP, STANDBY -> xml.open("node_state", "id", n.id(), "uname", n.name(), "in_ccm", "true", "crmd", "online",
                    "crm-debug-origin", "do_update_resource", "join", "member", "expected", "member");
            case DOWN -> {
                if (h.isEmpty() && random.nextBoolean()) {
                    return;
                }
                xml.open("node_state", "id", n.id(), "uname", n.name(), "in_ccm", "false", "crmd", "offline",
                        "crm-debug-origin", "do_state_transition", "join", "down", "expected", "down");
            }
            case UNCLEAN -> xml.open("node_state", "id", n.id(), "uname", n.name(), "in_ccm", "false", "crmd", "offline",
                    "crm-debug-origin", "post_cache_update", "join", "member", "expected", "member");
        }
        if (!attrs.isEmpty()) {
            String set = "status-" + n.id();
            xml.open("transient_attributes", "id", n.id()).open("instance_attributes", "id", set);
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                xml.empty("nvpair", "id", set + "-" + a.getKey().replace('#', '.').replace(':', '.'), "name", a.getKey(), "value", a.getValue());
            }
            xml.close("instance_attributes").close("transient_attributes");
        }
        xml.open("lrm", "id", n.id()).open("lrm_resources");
        for (Map.Entry<String, History> e : h.entrySet()) {
            GenResource.Instance inst = byLrmId.get(e.getKey());
            xml.open("lrm_resource", "id", inst.lrmId(), "type", inst.type(), "class", inst.agentClass(), "provider", inst.provider());
            writeOps(n, inst, e.getValue(), xml);
            xml.close("lrm_resource");
        }
        xml.close("lrm_resources").close("lrm");
        xml.close("node_state");
    }

    private void writeOps(GenNode n, GenResource.Instance inst, History h, XmlText xml) {
        String id = inst.lrmId();
        digests = digests(inst);
        switch (h) {
            case PROBED_STOPPED -> op(xml, n, id + "_last_0", id, "monitor", 0, 7, 7);
            case RUNNING -> {
                op(xml, n, id + "_last_0", id, "start", 0, 0, 0);
                long interval = monitorInterval(inst, false);
                op(xml, n, id + "_monitor_" + interval, id, "monitor", interval, 0, 0);
            }
            case PROMOTED -> {
                op(xml, n, id + "_last_0", id, "promote", 0, 0, 0);
                long interval = monitorInterval(inst, true);
                op(xml, n, id + "_monitor_" + interval, id, "monitor", interval, 8, 8);
            }
            case FAILED_START -> {
                op(xml, n, id + "_last_0", id, "start", 0, 1, 0);
                op(xml, n, id + "_last_failure_0", id, "start", 0, 1, 0);
            }
            case FAILED_MONITOR, MONITOR_ERROR -> {
                int rc = h == History.FAILED_MONITOR ? 7 : 1;
                op(xml, n, id + "_last_0", id, "start", 0, 0, 0);
                long interval = monitorInterval(inst, false);
                op(xml, n, id + "_monitor_" + interval, id, "monitor", interval, rc, 0);
                op(xml, n, id + "_last_failure_0", id, "monitor", interval, rc, 0);
            }
            case STOPPED -> op(xml, n, id + "_last_0", id, "stop", 0, 0, 0);
            case FAILED_STOP -> {
                op(xml, n, id + "_last_0", id, "stop", 0, 1, 0);
                op(xml, n, id + "_last_failure_0", id, "stop", 0, 1, 0);
            }
        }
    }

    /**
     * The op-digests for an instance's non-recurring and recurring operations: usually those of its
     * configuration, sometimes stale (the definition changed since) or missing (unknown).
     */
    private String[] digests(GenResource.Instance inst) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return new String[2];
        }
        Map<String, String> params = new LinkedHashMap<>(inst.params());
        if (pick == 1) {
            params.put("changed", "yes");
        }
        Map<String, String> recurring = new LinkedHashMap<>(params);
        recurring.put("CRM_meta_timeout", "20000");
        return new String[] {ParameterDigest.of(params), ParameterDigest.of(recurring)};
    }

    private void op(XmlText xml, GenNode n, String opId, String rsc, String operation, long interval, int rc, int targetRc) {
        int call = callIds.merge(n.name(), 1, Integer::sum) + 10;
        String key = (++actionNumber) + ":1:" + targetRc + ":" + UUID;
        long changed = rc == targetRc ? now - 3600 + actionNumber : failedAt.get(n.name() + " " + rsc);
        xml.empty("lrm_rsc_op", "id", opId, "operation_key", rsc + "_" + operation + "_" + interval, "operation", operation,
                "crm-debug-origin", "do_update_resource", "crm_feature_set", "3.16.1", "transition-key", key,
                "transition-magic", "0:" + rc + ";" + key, "exit-reason", "", "on_node", n.name(),
                "call-id", Integer.toString(call), "rc-code", Integer.toString(rc), "op-status", "0",
                "interval", Long.toString(interval), "last-rc-change", Long.toString(changed),
                "exec-time", "20", "queue-time", "0", "op-digest", digests[interval == 0 ? 0 : 1]);
    }
}
