package org.jcrm.engine.node;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jcrm.engine.store.CibVersion;

/** What one running node reports about its partition: the view, the quorum, its CIB version and the DC (empty when none). */
public record NodeStatus(String cluster, String local, List<String> members, QuorumState quorum, String cibVersion,
        String dc) {

    /** A status without a DC (a partition without quorum, or a node that runs no controller). */
    public NodeStatus(String cluster, String local, List<String> members, QuorumState quorum, String cibVersion) {
        this(cluster, local, members, quorum, cibVersion, "");
    }

    /** The properties text the admin socket answers {@code status} with. */
    public String toText() {
        return "cluster=" + cluster + "\nlocal=" + local + "\nmembers=" + String.join(",", members)
                + "\nquorate=" + quorum.quorate() + "\nvotes=" + quorum.votes() + "\nexpected=" + quorum.expected()
                + "\nquorum=" + quorum.quorum() + "\ncib=" + cibVersion + "\ndc=" + (dc == null ? "" : dc) + "\n";
    }

    /** Reads the text written by {@link #toText()}. */
    public static NodeStatus parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String members = p.getProperty("members", "");
        return new NodeStatus(p.getProperty("cluster"), p.getProperty("local"),
                members.isEmpty() ? List.of() : Arrays.asList(members.split(",")),
                new QuorumState(Boolean.parseBoolean(p.getProperty("quorate")), Integer.parseInt(p.getProperty("votes", "0")),
                        Integer.parseInt(p.getProperty("expected", "0")), Integer.parseInt(p.getProperty("quorum", "0"))),
                p.getProperty("cib"), p.getProperty("dc", ""));
    }

    /** The CIB version as a value (0.0.0 when the text is malformed). */
    public CibVersion cibVersionValue() {
        String[] v = cibVersion == null ? new String[0] : cibVersion.trim().split("\\.");
        try {
            return new CibVersion(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]));
        } catch (RuntimeException e) {
            return new CibVersion(0, 0, 0);
        }
    }
}
