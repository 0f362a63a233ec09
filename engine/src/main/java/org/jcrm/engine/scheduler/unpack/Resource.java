package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.scheduler.Score;

/**
 * A resource of the working set. Each variant (primitive, group, clone) is its own subclass; the
 * tree mirrors the configuration, with clone instances as generated children.
 */
public abstract class Resource {
    private final String id;
    private Resource parent;
    private final Map<String, String> meta;
    private final List<Resource> children = new ArrayList<>();
    /** Node scores collected by the location stage, in working-set node order. */
    private final Map<ClusterNode, Integer> scores = new LinkedHashMap<>();
    private final Map<String, String> utilization = new LinkedHashMap<>();
    /** The primitives below, computed on first use; adding a child anywhere below forgets it. */
    private List<Primitive> primitives;

    protected Resource(String id, Map<String, String> meta) {
        this.id = id;
        this.meta = meta;
    }

    public String id() {
        return id;
    }

    public Resource parent() {
        return parent;
    }

    public List<Resource> children() {
        return children;
    }

    void addChild(Resource child) {
        child.parent = this;
        children.add(child);
        for (Resource r = this; r != null; r = r.parent) {
            r.primitives = null;
        }
    }

    /** Meta attributes, with the parents' and rsc_defaults' values already inherited. */
    public Map<String, String> meta() {
        return meta;
    }

    /** What the resource consumes of node capacities (placement-strategy other than default). */
    public Map<String, String> utilization() {
        return utilization;
    }

    public Map<ClusterNode, Integer> scores() {
        return scores;
    }

    public void addScore(ClusterNode node, int score) {
        scores.merge(node, score, Score::add);
    }

    public int score(ClusterNode node) {
        return scores.getOrDefault(node, 0);
    }

    /** The top-most ancestor (the resource as configured at the top level). */
    public Resource top() {
        Resource r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    /** Every primitive below (or equal to) this resource, in configuration order (an unmodifiable list). */
    public List<Primitive> primitives() {
        if (primitives == null) {
            List<Primitive> out = new ArrayList<>();
            collect(this, out);
            primitives = Collections.unmodifiableList(out);
        }
        return primitives;
    }

    private static void collect(Resource r, List<Primitive> out) {
        if (r instanceof Primitive p) {
            out.add(p);
        }
        for (Resource c : r.children) {
            collect(c, out);
        }
    }

    public boolean managed() {
        String v = meta.get("is-managed");
        return v == null || Xml.isTrue(v);
    }

    public Role targetRole() {
        String v = meta.get("target-role");
        return v == null ? Role.UNKNOWN : Role.parse(v);
    }

    public int priority() {
        return Score.parseOr(meta.get("priority"), Score.ZERO).value();
    }

    public int stickiness() {
        String v = meta.get("resource-stickiness");
        if (v == null) {
            v = meta.get("default-resource-stickiness");
        }
        return Score.parseOr(v, Score.ZERO).value();
    }

    public boolean isClone() {
        return this instanceof CloneResource;
    }

    /** The enclosing clone, or null. */
    public CloneResource cloneAncestor() {
        for (Resource r = parent; r != null; r = r.parent) {
            if (r instanceof CloneResource c) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
