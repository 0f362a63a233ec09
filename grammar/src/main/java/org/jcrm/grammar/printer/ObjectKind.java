package org.jcrm.grammar.printer;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of configuration objects crm text shows, with their keyword, XML tag and their
 * rank in {@code show}: objects print by rank, then by id (kinds sharing a rank interleave).
 */
enum ObjectKind {
    NODE("node", "node", 0),
    RSC_TEMPLATE("rsc_template", "template", 1),
    PRIMITIVE("primitive", "primitive", 2),
    BUNDLE("bundle", "bundle", 3),
    GROUP("group", "group", 4),
    MS("ms", "master", 5),
    CLONE("clone", "clone", 6),
    TAG("tag", "tag", 8),
    LOCATION("location", "rsc_location", 9),
    COLOCATION("colocation", "rsc_colocation", 9),
    ORDER("order", "rsc_order", 9),
    RSC_TICKET("rsc_ticket", "rsc_ticket", 10),
    FENCING_TOPOLOGY("fencing_topology", "fencing-topology", 10),
    PROPERTY("property", "cluster_property_set", 11),
    RSC_DEFAULTS("rsc_defaults", "rsc_defaults", 12),
    OP_DEFAULTS("op_defaults", "op_defaults", 13),
    ROLE("role", "acl_role", 14),
    ACL_TARGET("acl_target", "acl_target", 15),
    ACL_GROUP("acl_group", "acl_group", 15),
    USER("user", "acl_user", 15),
    ALERT("alert", "alert", 16);

    private static final Map<String, ObjectKind> BY_TAG = new HashMap<>();

    static {
        for (ObjectKind k : values()) {
            BY_TAG.put(k.tag, k);
        }
    }

    final String keyword;
    final String tag;
    final int rank;

    ObjectKind(String keyword, String tag, int rank) {
        this.keyword = keyword;
        this.tag = tag;
        this.rank = rank;
    }

    /** The kind whose XML element is {@code tag}, or null when the tag is no object of its own. */
    static ObjectKind ofTag(String tag) {
        return BY_TAG.get(tag);
    }

    boolean isDefaults() {
        return this == RSC_DEFAULTS || this == OP_DEFAULTS;
    }
}
