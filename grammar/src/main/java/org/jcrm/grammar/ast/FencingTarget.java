package org.jcrm.grammar.ast;

/** Whom a fencing level applies to: a node, a node attribute value or a node name pattern; all fields null for levels written without a target (they apply to every node). */
public record FencingTarget(String node, String attribute, String attributeValue, String pattern) {
    /** The target of levels written without one. */
    public static final FencingTarget ALL_NODES = new FencingTarget(null, null, null, null);
}
