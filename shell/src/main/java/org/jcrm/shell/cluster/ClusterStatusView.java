package org.jcrm.shell.cluster;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;
import org.jcrm.engine.node.ClusterConfig;
import org.jcrm.engine.node.NodeStatus;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.unpack.WorkingSet;
import org.jcrm.engine.simulate.ClusterView;
import org.jcrm.engine.simulate.StatusPrinter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The one-shot view of a running cluster in crm_mon's layout: Cluster Summary (stack, DC, quorum,
 * counts), Node List, Full List of Resources with where each runs, then Failed Resource Actions and
 * Failed Fencing Actions when there are any.
 */
public final class ClusterStatusView {
    private static final DateTimeFormatter WHEN_PATTERN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    private ClusterStatusView() {
    }

    /** Renders what {@code status} (the answering node) and its CIB say, at {@code now}, in local time. */
    public static String render(ClusterConfig config, NodeStatus status, Cib cib, Instant now) {
        return render(config, status, cib, now, ZoneId.systemDefault());
    }

    /** Renders with times shown in {@code zone}. */
    public static String render(ClusterConfig config, NodeStatus status, Cib cib, Instant now, ZoneId zone) {
        DateTimeFormatter when = WHEN_PATTERN.withZone(zone);
        WorkingSet ws = Scheduler.schedule(cib, now).workingSet();
        StatusDocument doc = StatusDocument.parse(CibXml.toXml(cib));
        StringBuilder text = new StringBuilder();
        text.append("Cluster Summary:\n");
        text.append("  * Stack: jgroups\n");
        String quorum = status.quorum().quorate() ? "partition with quorum" : "partition WITHOUT quorum";
        text.append("  * Current DC: ").append(status.dc() == null || status.dc().isEmpty() ? "NONE" : status.dc())
                .append(" - ").append(quorum).append('\n');
        text.append("  * Last updated: ").append(when.format(now)).append('\n');
        text.append("  * Last change:  ").append(cib.getCibLastWritten() == null ? "" : cib.getCibLastWritten())
                .append(" (CIB ").append(status.cibVersion()).append(", seen from ").append(status.local()).append(")\n");
        text.append("  * ").append(config.nodeNames().size()).append(" nodes configured\n");
        text.append("  * ").append(ws.primitives().size()).append(" resource instances configured\n");
        if (!ws.stonithEnabled()) {
            text.append("\n              *** Resource management is not protected by fencing: stonith-enabled=false ***\n");
            text.append("  WARNING: nodes that leave are not fenced; their resources are recovered elsewhere unconfirmed\n");
        }
        text.append('\n');
        StringBuilder body = new StringBuilder();
        StatusPrinter.print(new ClusterView(ws), body);
        for (String line : body.toString().split("\n", -1)) {
            if (line.equals("  * Node List:")) {
                text.append("Node List:\n");
                if (ws.nodes().isEmpty()) {
                    membership(config, status, text);
                }
            } else if (line.equals("  * Full List of Resources:")) {
                text.append("Full List of Resources:\n");
            } else {
                text.append(line.startsWith("  ") ? line.substring(2) : line).append('\n');
            }
        }
        trimTrailingBlank(text);
        failedActions(doc, config, when, text);
        failedFencing(doc, config, text);
        return text.toString();
    }

    /** The node list from the answering node's view, while the DC has not yet recorded the nodes. */
    private static void membership(ClusterConfig config, NodeStatus status, StringBuilder text) {
        List<String> online = config.nodeNames().stream().filter(status.members()::contains).toList();
        List<String> offline = config.nodeNames().stream().filter(n -> !status.members().contains(n)).toList();
        if (!online.isEmpty()) {
            text.append("  * Online: [ ").append(String.join(" ", online)).append(" ]\n");
        }
        if (!offline.isEmpty()) {
            text.append("  * OFFLINE: [ ").append(String.join(" ", offline)).append(" ]\n");
        }
    }

    private static void failedActions(StatusDocument doc, ClusterConfig config, DateTimeFormatter when, StringBuilder text) {
        List<String> lines = new ArrayList<>();
        for (String node : config.nodeNames()) {
            for (Element r : doc.lrmResources(node)) {
                NodeList ops = r.getElementsByTagName("lrm_rsc_op");
                for (int i = 0; i < ops.getLength(); i++) {
                    Element op = (Element) ops.item(i);
                    if (op.getAttribute("id").endsWith("_last_failure_0")) {
                        lines.add(failureLine(node, op, when));
                    }
                }
            }
        }
        if (!lines.isEmpty()) {
            text.append("\nFailed Resource Actions:\n");
            lines.forEach(l -> text.append(l).append('\n'));
        }
    }

    private static String failureLine(String node, Element op, DateTimeFormatter when) {
        int rc = (int) number(op.getAttribute("rc-code"));
        int status = (int) number(op.getAttribute("op-status"));
        String statusText;
        try {
            OpStatus s = OpStatus.ofCode(status);
            statusText = s == OpStatus.DONE ? "complete" : s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        } catch (IllegalArgumentException e) {
            statusText = Integer.toString(status);
        }
        long changed = number(op.getAttribute("last-rc-change"));
        return "  * " + op.getAttribute("operation_key") + " on " + node + " '" + OcfCode.describe(rc) + "' (" + rc
                + "): call=" + op.getAttribute("call-id") + ", status='" + statusText + "', exitreason='"
                + op.getAttribute("exit-reason") + "', last-rc-change='" + when.format(Instant.ofEpochSecond(changed))
                + "', queued=" + op.getAttribute("queue-time") + "ms, exec=" + op.getAttribute("exec-time") + "ms";
    }

    private static void failedFencing(StatusDocument doc, ClusterConfig config, StringBuilder text) {
        List<String> lines = new ArrayList<>();
        for (String node : config.nodeNames()) {
            doc.fenceFailure(node).ifPresent(reason -> lines.add("  * fencing of " + node + " failed: " + reason
                            + "; its resources stay blocked until it is fenced or confirmed down"));
        }
        if (!lines.isEmpty()) {
            text.append("\nFailed Fencing Actions:\n");
            lines.forEach(l -> text.append(l).append('\n'));
        }
    }

    private static void trimTrailingBlank(StringBuilder text) {
        while (text.length() > 1 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
            text.setLength(text.length() - 1);
        }
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
