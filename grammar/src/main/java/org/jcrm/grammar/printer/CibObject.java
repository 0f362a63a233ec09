package org.jcrm.grammar.printer;

import java.util.Comparator;

/**
 * One object of the configuration as crm text shows it: its kind, its id and the element that
 * holds its content (for rsc_defaults and op_defaults, one meta_attributes set).
 */
record CibObject(ObjectKind kind, String id, XmlElement element) {
    /** The order of {@code show}: by kind rank, then by id. */
    static final Comparator<CibObject> SHOW_ORDER =
            Comparator.<CibObject>comparingInt(o -> o.kind.rank).thenComparing(CibObject::id);
}
