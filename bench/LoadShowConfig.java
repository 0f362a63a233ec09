import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes a crm configuration of N primitives for the load/show benchmark: 16 nodes with
 * attributes, and the primitives split into groups of five (40%), clones (10%), promotable
 * clones (5%) and stand-alone resources (45%), with a location rule per group, a score location
 * per stand-alone resource, and a colocation and an order for each group and clone.
 * Usage: {@code java bench/LoadShowConfig.java N > config.crm}. The same N gives the same text.
 */
public final class LoadShowConfig {
    private static final int NODES = 16;
    private static final int GROUP_SIZE = 5;

    private LoadShowConfig() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java LoadShowConfig.java N");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        try (PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16))) {
            write(n, out);
        }
    }

    static void write(int n, PrintWriter out) {
        for (int i = 1; i <= NODES; i++) {
            out.printf("node node%d \\%n\tattributes rack=r%d weight=%d \\%n\tutilization cpu=8 memory=16384%n",
                    i, i % 4, 10 * i);
        }
        int groupedEnd = n * 40 / 100 / GROUP_SIZE * GROUP_SIZE;
        int clonedEnd = groupedEnd + n * 10 / 100;
        int promotableEnd = clonedEnd + n * 5 / 100;
        for (int i = 1; i <= n; i++) {
            boolean stateful = i > clonedEnd && i <= promotableEnd;
            out.printf("primitive r%d %s \\%n\tparams %s=\"/run/bench/r%d.state\" \\%n"
                    + "\tmeta resource-stickiness=%d \\%n"
                    + "\top monitor interval=%ds timeout=20s \\%n\top start timeout=30s interval=0s%n",
                    i, stateful ? "ocf:pacemaker:Stateful" : "ocf:heartbeat:Dummy", "state", i, i % 200,
                    10 + i % 50);
        }
        for (int start = 1; start <= groupedEnd; start += GROUP_SIZE) {
            int g = (start - 1) / GROUP_SIZE + 1;
            out.printf("group grp%d", g);
            for (int i = start; i < start + GROUP_SIZE; i++) {
                out.printf(" r%d", i);
            }
            out.printf(" \\%n\tmeta target-role=Started%n");
            out.printf("location loc-grp%d grp%d \\%n\trule %d: #uname eq node%d \\%n"
                    + "\trule -inf: not_defined rack or weight number:lte 0%n", g, g, 100 + g % 100, 1 + g % NODES);
            if (g > 1) {
                out.printf("colocation col-grp%d -100: grp%d grp%d%n", g, g, g - 1);
                out.printf("order ord-grp%d Optional: grp%d grp%d%n", g, g - 1, g);
            }
        }
        for (int i = groupedEnd + 1; i <= promotableEnd; i++) {
            boolean promotable = i > clonedEnd;
            out.printf("clone cl-r%d r%d \\%n\tmeta %sclone-max=%d clone-node-max=1 interleave=true%n",
                    i, i, promotable ? "promotable=true promoted-max=1 " : "", 2 + i % 3);
            if (promotable) {
                out.printf("colocation col-cl-r%d inf: cl-r%d:Promoted cl-r%d%n", i, i, i - 1);
                out.printf("order ord-cl-r%d Mandatory: cl-r%d cl-r%d:promote%n", i, i - 1, i);
            }
        }
        for (int i = promotableEnd + 1; i <= n; i++) {
            out.printf("location loc-r%d r%d %d: node%d%n", i, i, 10 + i % 90, 1 + i % NODES);
        }
        out.printf("property cib-bootstrap-options: \\%n\tstonith-enabled=false \\%n"
                + "\tplacement-strategy=balanced%n");
        out.printf("rsc_defaults rsc-options: \\%n\tmigration-threshold=3%n");
        out.printf("op_defaults op-options: \\%n\ttimeout=60s%n");
    }
}
