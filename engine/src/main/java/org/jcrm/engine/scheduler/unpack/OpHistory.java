package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jcrm.engine.scheduler.status.RecordedOp;

/**
 * Replays one resource's operation history on one node ({@code lrm_resource}) in call order and says
 * what state it left the resource in: role, failure, failed stop, pending action and recurring monitors.
 */
final class OpHistory {
        Role role = Role.STOPPED;
    boolean failed;
    boolean failedStop;
    boolean startFailed;
    String failedOnFail;
    String pendingTask;
    /** A failure happened that on-fail=ignore told the cluster to overlook. */
    boolean failureIgnored;
    boolean notInstalled;
    /** The digest recorded by the start that brought the resource up, if any. */
    String startDigest;
    /** The operation that recorded {@code startDigest}: start, migrate_from or a probe (monitor). */
    String startDigestTask;
    /** That operation recorded no digest at all: what the resource was started with is unknown. */
    boolean startDigestMissing;
    /** The digest recorded by a promotion since that start, which is checked the same way. */
    String promoteDigest;
    boolean promoteDigestMissing;
    /** The recurring monitors running; made on the first (most histories are a probe and have none). */
    private Set<Long> monitors;

    /** The intervals of the recurring monitors left running, in the order they were recorded. */
    Set<Long> monitors() {
        return monitors == null ? new LinkedHashSet<>() : monitors;
    }

    /** The operations in the order they were called (pending ones without a call id last). */
    static List<RecordedOp> inCallOrder(List<RecordedOp> ops) {
        if (ops.size() < 2) {
            return ops;
        }
        List<RecordedOp> sorted = new ArrayList<>(ops);
        sorted.sort(Comparator.comparingLong((RecordedOp o) -> o.pending() && o.callId() < 0 ? Long.MAX_VALUE : o.callId()));
        return sorted;
    }

    /** Replays {@code ops}; {@code onFail} gives each task's configured on-fail (may return null). */
    static OpHistory replay(List<RecordedOp> ops, java.util.function.BiFunction<String, Long, String> onFail) {
        OpHistory h = new OpHistory();
        for (RecordedOp op : ops) {
            h.apply(op, onFail.apply(op.task(), op.intervalMs()));
        }
        return h;
    }

    private void apply(RecordedOp op, String onFail) {
        if (op.pending()) {
            pendingTask = op.task();
            switch (op.task()) {
                case "start", "migrate_to", "migrate_from", "promote", "demote" -> role = op.task().equals("promote") ? Role.PROMOTED : Role.STARTED;
                default -> { }
            }
            return;
        }
        if (op.status() == 1) {
            return;
        }
        boolean recurring = op.intervalMs() > 0;
        if (!op.succeeded() && "ignore".equals(onFail)) {
            failureIgnored = true;
        }
        if (op.succeeded() || "ignore".equals(onFail)) {
            if (recurring) {
                if (op.task().equals("monitor")) {
                    if (monitors == null) {
                        monitors = new LinkedHashSet<>();
                    }
                    monitors.add(op.intervalMs());
                    if (op.rc() == 8) {
                        role = Role.PROMOTED;
                    } else if (role == Role.STOPPED && op.rc() == 0) {
                        role = Role.STARTED;
                    }
                }
                return;
            }
            monitors = null;
            switch (op.task()) {
                case "start", "migrate_from" -> {
                    role = Role.STARTED;
                    failed = false;
                    startFailed = false;
                    // digests of 1.x feature sets were computed over other fields: they cannot be compared
                    startDigest = op.featureSet() != null && op.featureSet().startsWith("1.") ? null : op.digest();
                    startDigestTask = op.task();
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
                    role = op.rc() == 7 ? Role.STOPPED : op.rc() == 8 ? Role.PROMOTED : Role.STARTED;
                    if (op.rc() != 7) {
                        // a probe that found it running recorded the definition it was checked against
                        startDigest = op.featureSet() != null && op.featureSet().startsWith("1.") ? null : op.digest();
                        startDigestTask = op.task();
                        startDigestMissing = op.digest() == null;
                    }
                    if (op.rc() == 7) {
                        failed = false;
                    }
                }
                default -> { }
            }
            return;
        }
        failedOnFail = onFail;
        if (op.task().equals("monitor") && op.rc() == 7 && op.status() == 0) {
            // not running when it should be: recover from a stopped but failed state
            failed = true;
            if (op.intervalMs() == 0) {
                role = Role.STOPPED;
                failed = false;
            }
            return;
        }
        if (op.status() == 0 && op.rc() == 5 || op.status() == 7) {
            notInstalled = true;
            role = Role.STOPPED;
            return;
        }
        switch (op.task()) {
            case "stop" -> { failedStop = true; failed = true; if (role == Role.STOPPED) { role = Role.STARTED; } }
            case "start" -> { startFailed = true; failed = true; if (role == Role.STOPPED) { role = Role.STARTED; } }
            case "monitor" -> {
                failed = true;
                if (op.rc() == 8 || op.rc() == 9) {
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
