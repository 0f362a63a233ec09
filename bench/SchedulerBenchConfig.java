import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Writes a whole CIB (configuration and status) for the scheduler benchmark: NODES online nodes and
 * RESOURCES primitives split into groups of five (40%), anonymous clones (4%), promotable clones (1%)
 * and stand-alone resources (55%), with a location preference per group and per stand-alone resource,
 * an anti-colocation and an order between neighbouring groups, a colocation and a mandatory order
 * from every tenth stand-alone resource to the one before it, and orders from each clone to a group.
 *
 * <p>State {@code running}: the status section holds what a settled cluster records. Every primitive
 * runs where its constraints put it (clones everywhere, each promotable clone promoted on one node)
 * with its start (or promote) and recurring monitor, and every other node holds the probe that found
 * it stopped; operation keys, call ids, transition keys and magic, and op digests are written as the
 * controller writes them, so a scheduler has nothing to do. State {@code cold}: the nodes are online
 * with no history at all, so every primitive is probed on every node before it starts.
 *
 * <p>Usage: {@code java bench/SchedulerBenchConfig.java NODES RESOURCES running|cold > cib.xml}. The
 * same arguments give the same bytes.
 */
public final class SchedulerBenchConfig {
    private static final int GROUP_SIZE = 5;
    private static final long EXECUTION_DATE = 1_700_000_000L;
    private static final String UUID = "5b0a4e0e-6b1c-4b9a-9d0b-0c0ffee00001";
    private static final String FEATURE_SET = "3.16.1";
    private static final int MONITOR_MS = 10_000;
    private static final int PROMOTED_MONITOR_MS = 11_000;
    private static final int MONITOR_TIMEOUT_MS = 20_000;

    private final int nodes;
    private final int resources;
    private final int groupedEnd;
    private final int clonedEnd;
    private final int promotableEnd;
    private final int groups;
    private final Writer out;

    private SchedulerBenchConfig(int nodes, int resources, Writer out) {
        this.nodes = nodes;
        this.resources = resources;
        this.groupedEnd = resources * 40 / 100 / GROUP_SIZE * GROUP_SIZE;
        this.clonedEnd = groupedEnd + resources * 4 / 100;
        this.promotableEnd = clonedEnd + resources / 100;
        this.groups = groupedEnd / GROUP_SIZE;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[2].equals("running") || args[2].equals("cold"))) {
            System.err.println("usage: java SchedulerBenchConfig.java NODES RESOURCES running|cold");
            System.exit(2);
        }
        int nodes = Integer.parseInt(args[0]);
        int resources = Integer.parseInt(args[1]);
        if (nodes < 2 || resources < 100) {
            System.err.println("SchedulerBenchConfig: give at least 2 nodes and 100 resources");
            System.exit(2);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            SchedulerBenchConfig config = new SchedulerBenchConfig(nodes, resources, w);
            config.writeCib(args[2].equals("running"));
        }
    }

    private void writeCib(boolean running) throws IOException {
        out.write("<cib crm_feature_set=\"" + FEATURE_SET + "\" validate-with=\"pacemaker-3.9\" epoch=\"10\""
                + " num_updates=\"0\" admin_epoch=\"0\" have-quorum=\"1\" dc-uuid=\"1\""
                + " execution-date=\"" + EXECUTION_DATE + "\">\n  <configuration>\n");
        out.write("    <crm_config>\n      <cluster_property_set id=\"cib-bootstrap-options\">\n"
                + "        <nvpair id=\"opt-stonith-enabled\" name=\"stonith-enabled\" value=\"false\"/>\n"
                + "        <nvpair id=\"opt-cluster-name\" name=\"cluster-name\" value=\"bench\"/>\n"
                + "      </cluster_property_set>\n    </crm_config>\n    <nodes>\n");
        for (int n = 1; n <= nodes; n++) {
            out.write("      <node id=\"" + n + "\" uname=\"node" + n + "\"/>\n");
        }
        out.write("    </nodes>\n    <resources>\n");
        writeResources();
        out.write("    </resources>\n    <constraints>\n");
        writeConstraints();
        out.write("    </constraints>\n    <rsc_defaults>\n      <meta_attributes id=\"rsc-options\">\n"
                + "        <nvpair id=\"rsc-options-resource-stickiness\" name=\"resource-stickiness\" value=\"200\"/>\n"
                + "      </meta_attributes>\n    </rsc_defaults>\n  </configuration>\n  <status>\n");
        for (int n = 1; n <= nodes; n++) {
            writeNodeState(n, running);
        }
        out.write("  </status>\n</cib>\n");
    }

    private void writeResources() throws IOException {
        for (int g = 1; g <= groups; g++) {
            out.write("      <group id=\"grp" + g + "\">\n");
            for (int i = (g - 1) * GROUP_SIZE + 1; i <= g * GROUP_SIZE; i++) {
                writePrimitive(i, "        ");
            }
            out.write("      </group>\n");
        }
        for (int i = groupedEnd + 1; i <= promotableEnd; i++) {
            boolean promotable = i > clonedEnd;
            String clone = cloneId(i);
            out.write("      <clone id=\"" + clone + "\">\n        <meta_attributes id=\"" + clone + "-meta\">\n"
                    + "          <nvpair id=\"" + clone + "-interleave\" name=\"interleave\" value=\"true\"/>\n");
            if (promotable) {
                out.write("          <nvpair id=\"" + clone + "-promotable\" name=\"promotable\" value=\"true\"/>\n"
                        + "          <nvpair id=\"" + clone + "-promoted-max\" name=\"promoted-max\" value=\"1\"/>\n");
            }
            out.write("        </meta_attributes>\n");
            writePrimitive(i, "        ");
            out.write("      </clone>\n");
        }
        for (int i = promotableEnd + 1; i <= resources; i++) {
            writePrimitive(i, "      ");
        }
    }

    private void writePrimitive(int i, String indent) throws IOException {
        String id = "r" + i;
        boolean stateful = isPromotable(i);
        out.write(indent + "<primitive id=\"" + id + "\" class=\"ocf\" provider=\""
                + (stateful ? "pacemaker\" type=\"Stateful" : "heartbeat\" type=\"Dummy") + "\">\n");
        out.write(indent + "  <instance_attributes id=\"" + id + "-params\">\n" + indent + "    <nvpair id=\"" + id
                + "-state\" name=\"state\" value=\"" + stateFile(i) + "\"/>\n" + indent + "  </instance_attributes>\n");
        out.write(indent + "  <operations>\n");
        if (stateful) {
            writeOp(indent, id, "monitor", MONITOR_MS, "Unpromoted");
            writeOp(indent, id, "monitor", PROMOTED_MONITOR_MS, "Promoted");
        } else {
            writeOp(indent, id, "monitor", MONITOR_MS, null);
        }
        writeOp(indent, id, "start", 0, null);
        writeOp(indent, id, "stop", 0, null);
        out.write(indent + "  </operations>\n" + indent + "</primitive>\n");
    }

    private void writeOp(String indent, String id, String task, int intervalMs, String role) throws IOException {
        String timeout = task.equals("monitor") ? MONITOR_TIMEOUT_MS / 1000 + "s" : "30s";
        out.write(indent + "    <op id=\"" + id + "-" + task + "-" + intervalMs + "\" name=\"" + task
                + "\" interval=\"" + intervalMs / 1000 + "s\" timeout=\"" + timeout + "\""
                + (role == null ? "" : " role=\"" + role + "\"") + "/>\n");
    }

    private void writeConstraints() throws IOException {
        for (int g = 1; g <= groups; g++) {
            out.write("      <rsc_location id=\"loc-grp" + g + "\" rsc=\"grp" + g + "\" node=\"node" + groupNode(g)
                    + "\" score=\"100\"/>\n");
            if (g > 1) {
                out.write("      <rsc_colocation id=\"col-grp" + g + "\" rsc=\"grp" + g + "\" with-rsc=\"grp" + (g - 1)
                        + "\" score=\"-100\"/>\n");
                out.write("      <rsc_order id=\"ord-grp" + g + "\" first=\"grp" + (g - 1) + "\" then=\"grp" + g
                        + "\" kind=\"" + (g % 4 == 0 ? "Mandatory" : "Optional") + "\"/>\n");
            }
        }
        for (int i = groupedEnd + 1; i <= promotableEnd; i++) {
            if (groups == 0) {
                break;
            }
            int g = 1 + (i - groupedEnd - 1) % groups;
            out.write("      <rsc_order id=\"ord-" + cloneId(i) + "\" first=\"" + cloneId(i) + "\" first-action=\""
                    + (isPromotable(i) ? "promote" : "start") + "\" then=\"grp" + g + "\" then-action=\"start\""
                    + " kind=\"Optional\"/>\n");
        }
        for (int i = promotableEnd + 1; i <= resources; i++) {
            if (isFollower(i)) {
                out.write("      <rsc_colocation id=\"col-r" + i + "\" rsc=\"r" + i + "\" with-rsc=\"r" + (i - 1)
                        + "\" score=\"INFINITY\"/>\n");
                out.write("      <rsc_order id=\"ord-r" + i + "\" first=\"r" + (i - 1) + "\" then=\"r" + i
                        + "\" kind=\"Mandatory\"/>\n");
            } else {
                out.write("      <rsc_location id=\"loc-r" + i + "\" rsc=\"r" + i + "\" node=\"node" + standaloneNode(i)
                        + "\" score=\"50\"/>\n");
            }
        }
    }

    private void writeNodeState(int n, boolean running) throws IOException {
        String uname = "node" + n;
        out.write("    <node_state id=\"" + n + "\" uname=\"" + uname + "\" in_ccm=\"true\" crmd=\"online\""
                + " crm-debug-origin=\"do_update_resource\" join=\"member\" expected=\"member\">\n");
        if (!running) {
            out.write("    </node_state>\n");
            return;
        }
        out.write("      <transient_attributes id=\"" + n + "\">\n        <instance_attributes id=\"status-" + n + "\">\n");
        for (int i = clonedEnd + 1; i <= promotableEnd; i++) {
            out.write("          <nvpair id=\"status-" + n + "-master-r" + i + "\" name=\"master-r" + i + "\" value=\""
                    + (promotedNode(i) == n ? 100 : 10) + "\"/>\n");
        }
        out.write("        </instance_attributes>\n      </transient_attributes>\n");
        out.write("      <lrm id=\"" + n + "\">\n        <lrm_resources>\n");
        History history = new History(uname);
        for (int i = 1; i <= resources; i++) {
            String id = "r" + i;
            boolean stateful = isPromotable(i);
            out.write("          <lrm_resource id=\"" + id + "\" class=\"ocf\" provider=\""
                    + (stateful ? "pacemaker\" type=\"Stateful" : "heartbeat\" type=\"Dummy") + "\">\n");
            String start = digest(i, false);
            if (stateful && promotedNode(i) == n) {
                history.op(id + "_last_0", id + "_promote_0", "promote", 0, 0, 0, start);
                history.op(id + "_monitor_" + PROMOTED_MONITOR_MS, null, "monitor", PROMOTED_MONITOR_MS, 8, 8,
                        digest(i, true));
            } else if (runsOn(i, n)) {
                history.op(id + "_last_0", id + "_start_0", "start", 0, 0, 0, start);
                history.op(id + "_monitor_" + MONITOR_MS, null, "monitor", MONITOR_MS, 0, 0, digest(i, true));
            } else {
                history.op(id + "_last_0", id + "_monitor_0", "monitor", 0, 7, 7, start);
            }
            out.write("          </lrm_resource>\n");
        }
        out.write("        </lrm_resources>\n      </lrm>\n    </node_state>\n");
    }

    /** The operations of one node, numbered as its controller numbers them: call ids and action ids in order. */
    private final class History {
        private final String uname;
        private int callId;

        History(String uname) {
            this.uname = uname;
        }

        void op(String id, String key, String task, int intervalMs, int targetRc, int rc, String digest)
                throws IOException {
            callId++;
            String transitionKey = callId + ":1:" + targetRc + ":" + UUID;
            out.write("            <lrm_rsc_op id=\"" + id + "\" operation_key=\"" + (key == null ? id : key)
                    + "\" operation=\"" + task + "\" crm-debug-origin=\"do_update_resource\" crm_feature_set=\""
                    + FEATURE_SET + "\" transition-key=\"" + transitionKey + "\" transition-magic=\"0:" + rc + ";"
                    + transitionKey + "\" exit-reason=\"\" on_node=\"" + uname + "\" call-id=\"" + callId
                    + "\" rc-code=\"" + rc + "\" op-status=\"0\" interval=\"" + intervalMs + "\" last-rc-change=\""
                    + (EXECUTION_DATE - 3600) + "\" exec-time=\"10\" queue-time=\"0\" op-digest=\"" + digest + "\"/>\n");
        }
    }

    private boolean runsOn(int i, int n) {
        if (i > groupedEnd && i <= promotableEnd) {
            return true;
        }
        if (i <= groupedEnd) {
            return groupNode((i - 1) / GROUP_SIZE + 1) == n;
        }
        return standaloneNode(leader(i)) == n;
    }

    private boolean isPromotable(int i) {
        return i > clonedEnd && i <= promotableEnd;
    }

    /** Every tenth stand-alone resource follows the one before it (colocated and ordered after it). */
    private boolean isFollower(int i) {
        return i > promotableEnd + 1 && (i - promotableEnd) % 10 == 0;
    }

    private int leader(int i) {
        return isFollower(i) ? i - 1 : i;
    }

    private int groupNode(int g) {
        return 1 + (g - 1) % nodes;
    }

    private int standaloneNode(int i) {
        return 1 + (i * 7) % nodes;
    }

    private int promotedNode(int i) {
        return 1 + (i * 3) % nodes;
    }

    private String cloneId(int i) {
        return (isPromotable(i) ? "ms-r" : "cl-r") + i;
    }

    private static String stateFile(int i) {
        return "/run/bench/r" + i + ".state";
    }

    /**
     * The op-digest the controller records: MD5 of the parameters as a sorted XML element, with the
     * operation's timeout for recurring operations.
     */
    private static String digest(int i, boolean recurring) {
        String params = " <parameters" + (recurring ? " CRM_meta_timeout=\"" + MONITOR_TIMEOUT_MS + "\"" : "")
                + " state=\"" + stateFile(i) + "\"/>\n";
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(params.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : md5) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
