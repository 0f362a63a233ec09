package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Replays one resource's operation history on one node ({@code lrm_resource}) in call order and says
 * what state it left the resource in: role, failure, failed stop, pending action and recurring monitors.
 */
final class OpHistory {
    static final int PENDING_RC = 193;

    /** One recorded operation. */
    record Op(String id, String task, long intervalMs, int rc, int status, int expectedRc, long callId,
            long lastRcChange, String migrateSource, String migrateTarget, String digest, String featureSet) {
        boolean pending() {
            return status == -1 || rc == PENDING_RC;
        }

        boolean succeeded() {
            if (status != 0) {
                return false;
            }
            if (task.equals("monitor") && intervalMs == 0) {
                return rc == 0 || rc == 7 || rc == 8;
            }
            return rc == expectedRc || (rc == 8 && expectedRc == 0 && task.equals("monitor"));
        }
    }

    Role role = Role.STOPPED;
    boolean failed;
    boolean failedStop;
    boolean startFailed;
    String failedOnFail;
    String pendingTask;
    /** A failure happened that on-fail=ignore told the cluster to overlook. */
    boolean failureIgnored;
    boolean notInstalled;
    Op lastFailure;
    /** The digest recorded by the start that brought the resource up, if any. */
    String startDigest;
    /** The operation that recorded {@code startDigest}: start, migrate_from or a probe (monitor). */
    String startDigestTask;
    /** That operation recorded no digest at all: what the resource was started with is unknown. */
    boolean startDigestMissing;
    /** The digest recorded by a promotion since that start, which is checked the same way. */
    String promoteDigest;
    boolean promoteDigestMissing;
    final Set<Long> monitors = new LinkedHashSet<>();

    static List<Op> read(Element lrmResource) {
        List<Op> ops = new ArrayList<>();
        for (Element e : Xml.children(lrmResource, "lrm_rsc_op")) {
            ops.add(op(new OpAttributes(e)));
        }
        ops.sort(Comparator.comparingLong((Op o) -> o.pending() && o.callId < 0 ? Long.MAX_VALUE : o.callId));
        return ops;
    }

    private static Op op(OpAttributes a) {
        String task = a.operation == null ? "" : a.operation;
        long interval = parse(a.interval, 0);
        int rc = (int) parse(a.rcCode, 0);
        // degraded results (190, 191) still mean running (promoted)
        rc = rc == 190 ? 0 : rc == 191 ? 8 : rc;
        int status = (int) parse(a.opStatus, 0);
        if (status == 4) {
            // an "error" status with a meaningful exit code is judged by the exit code
            status = 0;
        }
        int expected = expectedRc(a.transitionKey, task, interval);
        return new Op(a.id == null ? "" : a.id, task, interval, rc, status, expected, parse(a.callId, 0),
                parse(a.lastRcChange, 0), a.migrateSource, a.migrateTarget, a.opDigest, a.featureSet);
    }

    private static int expectedRc(String key, String task, long interval) {
        if (key != null) {
            String[] parts = key.split(":");
            if (parts.length >= 3) {
                return (int) parse(parts[2], 0);
            }
        }
        return task.equals("monitor") && interval == 0 ? 7 : 0;
    }

    static long parse(String s, long fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Replays {@code ops}; {@code onFail} gives each task's configured on-fail (may return null). */
    static OpHistory replay(List<Op> ops, java.util.function.BiFunction<String, Long, String> onFail) {
        OpHistory h = new OpHistory();
        for (Op op : ops) {
            h.apply(op, onFail.apply(op.task, op.intervalMs));
        }
        return h;
    }

    private void apply(Op op, String onFail) {
        if (op.pending()) {
            pendingTask = op.task;
            switch (op.task) {
                case "start", "migrate_to", "migrate_from", "promote", "demote" -> role = op.task.equals("promote") ? Role.PROMOTED : Role.STARTED;
                default -> { }
            }
            return;
        }
        if (op.status == 1) {
            return;
        }
        boolean recurring = op.intervalMs > 0;
        if (!op.succeeded() && "ignore".equals(onFail)) {
            failureIgnored = true;
        }
        if (op.succeeded() || "ignore".equals(onFail)) {
            if (recurring) {
                if (op.task.equals("monitor")) {
                    monitors.add(op.intervalMs);
                    if (op.rc == 8) {
                        role = Role.PROMOTED;
                    } else if (role == Role.STOPPED && op.rc == 0) {
                        role = Role.STARTED;
                    }
                }
                return;
            }
            monitors.clear();
            switch (op.task) {
                case "start", "migrate_from" -> {
                    role = Role.STARTED;
                    failed = false;
                    startFailed = false;
                    // digests of 1.x feature sets were computed over other fields: they cannot be compared
                    startDigest = op.featureSet() != null && op.featureSet().startsWith("1.") ? null : op.digest();
                    startDigestTask = op.task;
                    startDigestMissing = op.digest() == null;
                    promoteDigest = null;
                    promoteDigestMissing = false;
                }
                case "stop" -> { role = Role.STOPPED; failed = false; failedStop = false; startFailed = false; }
                case "promote" -> {
                    role = Role.PROMOTED;
                    failed = false;
                    promoteDigest = op.featureSet() != null && op.featureSet().startsWith("1.") ? null : op.digest();
                    promoteDigestMissing = op.digest() == null;
                }
                case "demote" -> { role = Role.UNPROMOTED; failed = false; }
                case "migrate_to" -> role = Role.STARTED;
                case "monitor" -> {
                    role = op.rc == 7 ? Role.STOPPED : op.rc == 8 ? Role.PROMOTED : Role.STARTED;
                    if (op.rc != 7) {
                        // a probe that found it running recorded the definition it was checked against
                        startDigest = op.featureSet() != null && op.featureSet().startsWith("1.") ? null : op.digest();
                        startDigestTask = op.task;
                        startDigestMissing = op.digest() == null;
                    }
                    if (op.rc == 7) {
                        failed = false;
                    }
                }
                default -> { }
            }
            return;
        }
        lastFailure = op;
        failedOnFail = onFail;
        if (op.task.equals("monitor") && op.rc == 7 && op.status == 0) {
            // not running when it should be: recover from a stopped but failed state
            failed = true;
            if (op.intervalMs == 0) {
                role = Role.STOPPED;
                failed = false;
            }
            return;
        }
        if (op.status == 0 && op.rc == 5 || op.status == 7) {
            notInstalled = true;
            role = Role.STOPPED;
            return;
        }
        switch (op.task) {
            case "stop" -> { failedStop = true; failed = true; if (role == Role.STOPPED) { role = Role.STARTED; } }
            case "start" -> { startFailed = true; failed = true; if (role == Role.STOPPED) { role = Role.STARTED; } }
            case "monitor" -> {
                failed = true;
                if (op.rc == 8 || op.rc == 9) {
                    role = Role.PROMOTED;
                } else if (role == Role.STOPPED) {
                    role = Role.STARTED;
                }
            }
            case "promote" -> { failed = true; role = Role.PROMOTED; }
            case "demote" -> { failed = true; role = Role.UNPROMOTED; }
            case "migrate_to", "migrate_from" -> { failed = true; role = Role.STARTED; }
            default -> failed = role != Role.STOPPED; // any other failed action (asyncmon, reload) fails a running resource
        }
    }
}
