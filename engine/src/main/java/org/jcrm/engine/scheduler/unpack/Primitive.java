package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A primitive resource: the agent it runs and its state on each node from the operation history. */
public final class Primitive extends Resource {
    private final String standard;
    private final String provider;
    private final String agent;
    private final List<OpConfig> ops;
    private final Map<String, String> params;
    final Map<ClusterNode, Role> activeOn = new LinkedHashMap<>();
    final Set<ClusterNode> failedOn = new LinkedHashSet<>();
    final Set<ClusterNode> knownOn = new LinkedHashSet<>();
    final Set<ClusterNode> probedOn = new LinkedHashSet<>();
    final Set<ClusterNode> failedStopOn = new LinkedHashSet<>();
    final Map<ClusterNode, Integer> failCounts = new LinkedHashMap<>();
    final Map<ClusterNode, Set<Long>> monitorsOn = new LinkedHashMap<>();
    final Map<ClusterNode, String> pendingOn = new LinkedHashMap<>();
    final Map<ClusterNode, String> historyNames = new LinkedHashMap<>();
    boolean stopOnFail;
    private String startBlocked;
    final Set<ClusterNode> definitionChangedOn = new LinkedHashSet<>();
    /** Nodes where only reloadable parameters changed since the start. */
    final Set<ClusterNode> reloadOn = new LinkedHashSet<>();
    boolean orphan;
    Resource container;
    boolean blocked;
    private boolean frozenByTicket;
    boolean failureIgnored;
    private ClusterNode assigned;
    private Role nextRole = Role.UNKNOWN;

    Primitive(String id, Map<String, String> meta, String standard, String provider, String agent,
            List<OpConfig> ops, Map<String, String> params) {
        super(id, meta);
        this.standard = standard;
        this.provider = provider;
        this.agent = agent;
        this.ops = ops;
        this.params = params;
    }

    /** A copy for a clone instance, named {@code id}, with no state yet. */
    Primitive instanceCopy(String id) {
        Primitive copy = new Primitive(id, new LinkedHashMap<>(meta()), standard, provider, agent, ops, params);
        copy.utilization().putAll(utilization());
        return copy;
    }

    public String standard() {
        return standard;
    }

    public String provider() {
        return provider;
    }

    public String agent() {
        return agent;
    }

    /** "ocf:heartbeat:IPaddr2" or "stonith:fence_xvm". */
    public String agentSpec() {
        return provider == null ? standard + ":" + agent : standard + ":" + provider + ":" + agent;
    }

    public List<OpConfig> ops() {
        return ops;
    }

    public Map<String, String> params() {
        return params;
    }

    /** Whether allow-migrate is set to a true value (true, yes, on, y, 1). */
    public boolean allowsMigration() {
        return Xml.isTrue(meta().get("allow-migrate"));
    }

    /** Nodes where the resource is active now, with its role there, in history order. */
    public Map<ClusterNode, Role> activeOn() {
        return activeOn;
    }

    public Set<ClusterNode> failedOn() {
        return failedOn;
    }

    /** Nodes whose history mentions this resource (no probe needed there). */
    public Set<ClusterNode> knownOn() {
        return knownOn;
    }

    /**
     * Nodes where this very instance's own history (not a sibling instance's) tells its state;
     * expired failures alone tell nothing.
     */
    public Set<ClusterNode> probedOn() {
        return probedOn;
    }

    public Set<ClusterNode> failedStopOn() {
        return failedStopOn;
    }

    public Map<ClusterNode, Integer> failCounts() {
        return failCounts;
    }

    /** Recurring monitor intervals already in the history per node. */
    public Map<ClusterNode, Set<Long>> monitorsOn() {
        return monitorsOn;
    }

    public Map<ClusterNode, String> pendingOn() {
        return pendingOn;
    }

    /** The id its history uses on a node (anonymous clone instances may be recorded as "rsc" or "rsc:3"). */
    public String nameOn(ClusterNode node) {
        return node == null ? id() : historyNames.getOrDefault(node, id());
    }

    /** Nodes where it runs with parameters other than those configured now. */
    public Set<ClusterNode> reloadOn() {
        return reloadOn;
    }

    public Set<ClusterNode> definitionChangedOn() {
        return definitionChangedOn;
    }

    /** Whether a failure with on-fail=stop keeps it stopped. */
    public boolean stopOnFail() {
        return stopOnFail;
    }

    public boolean orphan() {
        return orphan;
    }

    /** Records why a start of this resource cannot run (for example "no quorum"). */
    public void blockStart(String reason) {
        this.startBlocked = reason;
    }

    public String startBlocked() {
        return startBlocked;
    }

    /** Freezes the resource where it is: no actions will be scheduled for it. */
    public void block() {
        blocked = true;
    }

    public boolean blocked() {
        return blocked;
    }

    /** Whether an operation failed with on-fail=ignore: status displays say "(failure ignored)". */
    public boolean failureIgnored() {
        return failureIgnored;
    }

    /** Freezes the resource where it is because a ticket it needs was lost (loss-policy freeze). */
    public void freeze() {
        blocked = true;
        frozenByTicket = true;
    }

    /** Whether it is blocked because of a failure, as status displays say "(blocked)"; a ticket freeze is not. */
    public boolean blockedByFailure() {
        return blocked && !frozenByTicket;
    }

    public boolean isFailed() {
        return !failedOn.isEmpty();
    }

    /** The resource this one runs inside (meta attribute {@code container}), or null. */
    public Resource container() {
        return container;
    }

    /** Whether the scheduler made this resource itself (the connection of a guest node): not shown in status. */
    public boolean internal() {
        return Xml.isTrue(meta().get("internal"));
    }

    public boolean isStonith() {
        return "stonith".equals(standard);
    }

    /** The node it is running on, when exactly one. */
    public ClusterNode current() {
        return activeOn.size() == 1 ? activeOn.keySet().iterator().next() : null;
    }

    public Role currentRole() {
        Role best = Role.STOPPED;
        for (Role r : activeOn.values()) {
            if (r.ordinal() > best.ordinal()) {
                best = r;
            }
        }
        return best;
    }

    public ClusterNode assigned() {
        return assigned;
    }

    public Role nextRole() {
        return nextRole;
    }

    public void assign(ClusterNode node, Role role) {
        this.assigned = node;
        this.nextRole = node == null ? Role.STOPPED : role;
    }

    public List<ClusterNode> activeNodes() {
        return new ArrayList<>(activeOn.keySet());
    }
}
