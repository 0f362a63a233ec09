package org.jcrm.engine.node.dc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;
import org.w3c.dom.Element;

/**
 * Writes an action's result into a node's operation history the way Pacemaker's controller does:
 * {@code RSC_last_0} for the last one-shot operation, {@code RSC_monitor_INTERVAL} for each recurring
 * one, {@code RSC_last_failure_0} plus the fail-count and last-failure attributes for a failure.
 */
final class OpRecorder {
    static final String FEATURE_SET = "3.16.2";
    static final String UUID = "6c2e0f0c-0000-4000-8000-6a63726d0001";

    private OpRecorder() {
    }

    /** What the DC asked for: the action, where, and the rc that counts as success. */
    record Request(String node, String rsc, AgentRef agent, String task, long intervalMs, int expectedRc,
                   String transitionKey, Map<String, String> params, long timeoutMs) {
    }

    /** Records {@code result}; returns whether it is a success. */
    static boolean record(StatusDocument doc, Request rq, ActionResult result, Instant now) {
        boolean ok = succeeded(rq, result);
        Element lrmRsc = doc.lrmResource(rq.node(), rq.rsc(), rq.agent().standard(), rq.agent().provider(), rq.agent().type());
        if (rq.task().equals("cancel")) {
            doc.removeRecurring(lrmRsc, rq.intervalMs());
            return true;
        }
        int callId = doc.nextCallId(rq.node());
        String id = rq.intervalMs() > 0 ? rq.rsc() + "_" + rq.task() + "_" + rq.intervalMs() : rq.rsc() + "_last_0";
        if (ok && rq.task().equals("stop")) {
            doc.removeRecurring(lrmRsc, 0);
        }
        fill(doc.replaceOp(lrmRsc, id), rq, result, callId, now);
        if (!ok) {
            fill(doc.replaceOp(lrmRsc, rq.rsc() + "_last_failure_0"), rq, result, callId, now);
            String suffix = rq.rsc() + "#" + rq.task() + "_" + rq.intervalMs();
            String failName = "fail-count-" + suffix;
            int count = doc.transientAttribute(rq.node(), failName).map(OpRecorder::count).orElse(0);
            boolean fatal = rq.task().equals("start") || rq.task().equals("stop");
            doc.transientAttribute(rq.node(), failName, fatal ? "INFINITY" : Integer.toString(count + 1));
            doc.transientAttribute(rq.node(), "last-failure-" + suffix, Long.toString(now.getEpochSecond()));
        }
        return ok;
    }

    /** Whether the result is what the action wanted; a probe may find the resource in any state. */
    static boolean succeeded(Request rq, ActionResult r) {
        if (r.status() != OpStatus.DONE) {
            return false;
        }
        if (rq.task().equals("monitor") && rq.intervalMs() == 0) {
            return r.rc() == OcfCode.SUCCESS || r.rc() == OcfCode.NOT_RUNNING || r.rc() == OcfCode.RUNNING_PROMOTED;
        }
        return r.rc() == rq.expectedRc();
    }

    private static void fill(Element op, Request rq, ActionResult r, int callId, Instant now) {
        String key = rq.rsc() + "_" + rq.task() + "_" + rq.intervalMs();
        op.setAttribute("operation_key", key);
        op.setAttribute("operation", rq.task());
        op.setAttribute("crm-debug-origin", "do_update_resource");
        op.setAttribute("crm_feature_set", FEATURE_SET);
        op.setAttribute("transition-key", rq.transitionKey());
        op.setAttribute("transition-magic", r.status().code() + ":" + r.rc() + ";" + rq.transitionKey());
        op.setAttribute("exit-reason", r.exitReason());
        op.setAttribute("on_node", rq.node());
        op.setAttribute("call-id", Integer.toString(callId));
        op.setAttribute("rc-code", Integer.toString(r.rc()));
        op.setAttribute("op-status", Integer.toString(r.status().code()));
        op.setAttribute("interval", Long.toString(rq.intervalMs()));
        op.setAttribute("last-rc-change", Long.toString(now.getEpochSecond()));
        op.setAttribute("exec-time", Long.toString(r.execTime().toMillis()));
        op.setAttribute("queue-time", "0");
        op.setAttribute("op-digest", digest(rq.params(), rq.intervalMs() > 0 ? rq.timeoutMs() : -1));
    }

    /**
     * The op-digest: MD5 over {@code <parameters name="value".../>} sorted by name, with
     * CRM_meta_timeout for recurring operations.
     */
    static String digest(Map<String, String> params, long recurringTimeoutMs) {
        Map<String, String> sorted = new TreeMap<>(params);
        if (recurringTimeoutMs >= 0) {
            sorted.put("CRM_meta_timeout", Long.toString(recurringTimeoutMs));
        }
        StringBuilder s = new StringBuilder(" <parameters");
        sorted.forEach((k, v) -> s.append(' ').append(k).append("=\"").append(v.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")).append('"'));
        s.append("/>\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return value.trim().equalsIgnoreCase("INFINITY") ? 1000000 : 0;
        }
    }
}
