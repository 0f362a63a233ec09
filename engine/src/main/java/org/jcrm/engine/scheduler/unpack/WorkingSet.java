package org.jcrm.engine.scheduler.unpack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the scheduler knows about the cluster at one instant: options, nodes (sorted by name),
 * resources (configuration order), constraints, tickets and each resource's current state.
 */
public final class WorkingSet {
    final Map<String, String> options = new LinkedHashMap<>();
    /** How many fencing decisions reading the status has made so far. */
    int fencingDecisions;
    final List<ClusterNode> nodes = new ArrayList<>();
    /** Top-level resources; changes made other than by adding to this list must call {@link #structureChanged()}. */
    final List<Resource> resources = new ArrayList<>();
    final Map<String, Resource> byId = new LinkedHashMap<>();
    final List<LocationConstraint> locations = new ArrayList<>();
    final List<Colocation> colocations = new ArrayList<>();
    final List<Ordering> orderings = new ArrayList<>();
    final List<TicketConstraint> ticketConstraints = new ArrayList<>();
    final Map<String, Ticket> tickets = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    private List<Resource> processingOrder;
    /** Every primitive, computed on first use and again when the resource tree changes (see {@link #resources}). */
    private List<Primitive> primitives;
    private int primitivesOfSize = -1;
    private List<Primitive> primitivesInProcessingOrder;
    /** Constraints by the resources they name, and how many constraints there were when indexed. */
    private Map<Resource, List<Colocation>> colocationIndex;
    private int colocationsIndexed;
    private Map<Resource, List<LocationConstraint>> locationIndex;
    private int locationsIndexed;
    boolean haveQuorum = true;
    String dcUuid;
    Instant now;
    RuleEvaluator rules;

    public Map<String, String> options() {
        return options;
    }

    public String option(String name, String fallback) {
        String v = options.get(name);
        return v == null ? fallback : v;
    }

    public boolean booleanOption(String name, boolean fallback) {
        String v = options.get(name);
        return v == null ? fallback : Xml.isTrue(v);
    }

    public boolean stonithEnabled() {
        return booleanOption("stonith-enabled", true);
    }

    public boolean symmetric() {
        return booleanOption("symmetric-cluster", true);
    }

    public boolean maintenanceMode() {
        return booleanOption("maintenance-mode", false);
    }

    public String noQuorumPolicy() {
        return option("no-quorum-policy", "stop");
    }

    public List<ClusterNode> nodes() {
        return nodes;
    }

    public ClusterNode node(String uname) {
        for (ClusterNode n : nodes) {
            if (n.uname().equals(uname)) {
                return n;
            }
        }
        return null;
    }

    public List<Resource> resources() {
        return resources;
    }

    /** Top-level resources in the order the scheduler processes them (priority, then current and best scores). */
    public List<Resource> processingOrder() {
        return processingOrder == null ? resources : processingOrder;
    }

    public void setProcessingOrder(List<Resource> order) {
        this.processingOrder = List.copyOf(order);
        this.primitivesInProcessingOrder = null;
    }

    /** Primitives in processing order (an unmodifiable list). */
    public List<Primitive> primitivesInProcessingOrder() {
        if (processingOrder == null) {
            return primitives();
        }
        if (primitivesInProcessingOrder == null) {
            primitivesInProcessingOrder = flatten(processingOrder);
        }
        return primitivesInProcessingOrder;
    }

    public Resource resource(String id) {
        return byId.get(id);
    }

    /** Every primitive in configuration order (an unmodifiable list). */
    public List<Primitive> primitives() {
        if (primitives == null || primitivesOfSize != resources.size()) {
            primitives = flatten(resources);
            primitivesOfSize = resources.size();
        }
        return primitives;
    }

    /** Forgets the lists of primitives after a resource gained a child (an orphaned clone instance). */
    void structureChanged() {
        primitives = null;
        primitivesInProcessingOrder = null;
    }

    private static List<Primitive> flatten(List<Resource> tops) {
        List<Primitive> out = new ArrayList<>();
        for (Resource r : tops) {
            out.addAll(r.primitives());
        }
        return Collections.unmodifiableList(out);
    }

    public List<LocationConstraint> locations() {
        return locations;
    }

    public List<Colocation> colocations() {
        return colocations;
    }

    /**
     * The colocations naming {@code r} as dependent or primary, in configuration order: the placement
     * asks this of every resource, and a scan of all colocations each time grew with their square.
     */
    public List<Colocation> colocationsOf(Resource r) {
        if (colocationIndex == null || colocationsIndexed != colocations.size()) {
            colocationIndex = new IdentityHashMap<>();
            for (Colocation c : colocations) {
                colocationIndex.computeIfAbsent(c.dependent(), x -> new ArrayList<>()).add(c);
                if (c.primary() != c.dependent()) {
                    colocationIndex.computeIfAbsent(c.primary(), x -> new ArrayList<>()).add(c);
                }
            }
            colocationsIndexed = colocations.size();
        }
        return colocationIndex.getOrDefault(r, List.of());
    }

    /** The location constraints on {@code r}, in configuration order (indexed as {@link #colocationsOf}). */
    public List<LocationConstraint> locationsOf(Resource r) {
        if (locationIndex == null || locationsIndexed != locations.size()) {
            locationIndex = new IdentityHashMap<>();
            for (LocationConstraint lc : locations) {
                locationIndex.computeIfAbsent(lc.resource(), x -> new ArrayList<>()).add(lc);
            }
            locationsIndexed = locations.size();
        }
        return locationIndex.getOrDefault(r, List.of());
    }

    public List<Ordering> orderings() {
        return orderings;
    }

    public List<TicketConstraint> ticketConstraints() {
        return ticketConstraints;
    }

    public Map<String, Ticket> tickets() {
        return tickets;
    }

    /**
     * Whether an unclean node can be fenced now: a guest always (its container is recovered), a
     * cluster or remote node when fencing is enabled and the partition has quorum, ignores its
     * loss, or the node is still in the membership.
     */
    public boolean canFence(ClusterNode n) {
        if (n.guest()) {
            return true;
        }
        return stonithEnabled() && (haveQuorum() || "ignore".equals(noQuorumPolicy()) || n.online());
    }

    public boolean haveQuorum() {
        return haveQuorum;
    }

    public Instant now() {
        return now;
    }

    public RuleEvaluator rules() {
        return rules;
    }

    /** Problems met while unpacking that did not stop it (unknown ids in constraints and the like). */
    public List<String> warnings() {
        return warnings;
    }
}
