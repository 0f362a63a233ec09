package org.jcrm.shell.cluster;

import java.util.List;
import org.jcrm.engine.node.NodeStatus;

/**
 * Prints a partition's membership and quorum the way crm_mon lays out its summary and node list:
 * online nodes in configured order, the configured nodes outside the view as OFFLINE.
 */
final class NodeListView {
    private NodeListView() {
    }

    static String render(List<String> configured, NodeStatus status) {
        List<String> online = configured.stream().filter(status.members()::contains).toList();
        List<String> offline = configured.stream().filter(n -> !status.members().contains(n)).toList();
        StringBuilder text = new StringBuilder();
        text.append("Cluster Summary:\n");
        text.append("  * Stack: jgroups\n");
        text.append("  * Cluster: ").append(status.cluster()).append(" (seen from ").append(status.local()).append(")\n");
        text.append("  * Partition ").append(status.quorum().quorate() ? "with" : "WITHOUT").append(" quorum: ")
                .append(status.quorum().votes()).append(" of ").append(status.quorum().expected())
                .append(" votes (quorum ").append(status.quorum().quorum()).append(")\n");
        text.append("  * CIB version: ").append(status.cibVersion()).append('\n');
        text.append("  * ").append(configured.size()).append(" nodes configured\n");
        text.append('\n');
        text.append("Node List:\n");
        if (!online.isEmpty()) {
            text.append("  * Online: [ ").append(String.join(" ", online)).append(" ]\n");
        }
        if (!offline.isEmpty()) {
            text.append("  * OFFLINE: [ ").append(String.join(" ", offline)).append(" ]\n");
        }
        return text.toString();
    }
}
