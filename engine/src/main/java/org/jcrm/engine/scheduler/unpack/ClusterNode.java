package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;
import java.util.Map;

/** One node of the working set: its identity, attributes and membership state as unpacked from the CIB. */
public final class ClusterNode {
    private final String id;
    private final String uname;
    private final String type;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, String> utilization = new LinkedHashMap<>();
    boolean online;
    boolean unclean;
    boolean standby;
    boolean standbyOnFail;
    boolean maintenance;
    boolean shutdown;
    boolean pending;
    boolean seen;
    boolean remote;
    boolean guest;
    Primitive connection;
    Primitive container;
    String fenceReason;
    int fencingDecision = -1;
    /** Fencing that is called off if the remote node's connection can start again. */
    boolean fenceRevocable;
    private int assignedCount;

    ClusterNode(String id, String uname, String type) {
        this.id = id;
        this.uname = uname;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public String uname() {
        return uname;
    }

    public String type() {
        return type;
    }

    /** Node attributes (configured, then transient), plus #uname, #id and #kind. */
    public Map<String, String> attributes() {
        return attributes;
    }

    public Map<String, String> utilization() {
        return utilization;
    }

    public boolean online() {
        return online;
    }

    public boolean unclean() {
        return unclean;
    }

    public boolean standby() {
        return standby || standbyOnFail;
    }

    public boolean maintenance() {
        return maintenance;
    }

    public boolean shutdown() {
        return shutdown;
    }

    public boolean pending() {
        return pending;
    }

    public boolean remote() {
        return remote;
    }

    /** Whether this is a guest node, living inside a container resource (a remote node otherwise, if remote). */
    public boolean guest() {
        return guest;
    }

    /** The ocf:pacemaker:remote resource that connects a remote or guest node, or null. */
    public Primitive connection() {
        return connection;
    }

    /** The resource a guest node runs inside, or null. */
    public Primitive container() {
        return container;
    }

    /** Why the node must be fenced, or null. */
    public String fenceReason() {
        return fenceReason;
    }

    /**
     * When, while reading the status, fencing this node was decided (0 first), or -1 when it was
     * decided afterwards (scheduling): fencing is listed newest decision first.
     */
    public int fencingDecision() {
        return fencingDecision;
    }

    /** Whether resources may be placed here at all. */
    /** Marks the node for fencing with the reason the summary gives. */
    public void markUnclean(String reason) {
        if (!unclean) {
            unclean = true;
            fenceReason = reason;
        }
    }

    /** Records that fencing was decided now, while reading the status, unless it was decided before. */
    void fencingDecided(WorkingSet ws) {
        if (fencingDecision < 0) {
            fencingDecision = ws.fencingDecisions++;
        }
    }

    public boolean canHostResources() {
        // a fenced guest comes back when its container is recovered
        return online && (!unclean || guest) && !standby() && !shutdown && !maintenance && !pending;
    }

    public int assignedCount() {
        return assignedCount;
    }

    public void countAssignment() {
        assignedCount++;
    }

    @Override
    public String toString() {
        return uname;
    }
}
