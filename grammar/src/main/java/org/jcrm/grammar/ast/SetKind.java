package org.jcrm.grammar.ast;

/** The kinds of attribute sets the language writes, by their crm keyword. */
public enum SetKind {
    /** {@code params}: instance_attributes of a resource. */
    PARAMS,
    /** {@code meta}: meta_attributes. */
    META,
    /** {@code utilization}. */
    UTILIZATION,
    /** {@code attributes}: instance_attributes of a node, alert or recipient. */
    ATTRIBUTES,
    /** {@code op_params}: instance_attributes of an operation. */
    OP_PARAMS,
    /** {@code op_meta}: meta_attributes of an operation. */
    OP_META,
    /** The single set of {@code property}, {@code rsc_defaults} and {@code op_defaults}. */
    OPTIONS
}
