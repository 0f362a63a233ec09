package org.jcrm.engine.scheduler.unpack;

import java.util.Map;

/** A clone (optionally promotable): instances numbered from 0 are its children. */
public final class CloneResource extends Resource {
    private final boolean promotable;
    private final int nodeCount;
    private Resource template;

    CloneResource(String id, Map<String, String> meta, boolean promotable, int nodeCount) {
        super(id, meta);
        this.promotable = promotable;
        this.nodeCount = nodeCount;
    }

    public boolean promotable() {
        return promotable;
    }

    public boolean unique() {
        return Xml.isTrue(meta().get("globally-unique"));
    }

    public boolean interleave() {
        return Xml.isTrue(meta().get("interleave"));
    }

    public int cloneMax() {
        return intMeta("clone-max", nodeCount);
    }

    public int cloneNodeMax() {
        return intMeta("clone-node-max", 1);
    }

    public int promotedMax() {
        String v = meta().get("promoted-max");
        return intMeta(v != null ? "promoted-max" : "master-max", 1);
    }

    public int promotedNodeMax() {
        String v = meta().get("promoted-node-max");
        return intMeta(v != null ? "promoted-node-max" : "master-node-max", 1);
    }

    /** The configured child (primitive or group) the instances copy. */
    public Resource template() {
        return template;
    }

    void setTemplate(Resource t) {
        this.template = t;
    }

    private int intMeta(String name, int fallback) {
        String v = meta().get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
