package org.jcrm.grammar.printer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether crm syntax can express an element exactly, so that reading the printed text
 * back gives the same XML. Elements it cannot express are shown as {@code xml <...>} instead, as
 * crmsh does: unknown attributes or children, nested rules, an order with a score, comments
 * below the object's own children, an alert recipient whose id is not the one crm syntax
 * generates, an id written
 * {@code ID:} that crm syntax would not read back (it takes word characters and dashes only),
 * adjacent plain resource sets with the same role or action (they would read back as one), an
 * empty {@code operations}, a {@code date in} with a single bound, a bundle whose container part
 * (docker, rkt, podman) is not its first part (crm syntax reads it into the part before it), a
 * colocation without a score, a rule whose boolean-op has a single expression to join, a
 * property or defaults set with a score or with a rule after its first nvpair.
 */
final class CrmSyntaxCoverage {
    private static final Set<String> SET_TAGS = Set.of("instance_attributes", "meta_attributes", "utilization");

    /** Allowed attributes and child elements, by element name, for the parts inside objects. */
    private static final Map<String, Set<String>> ATTRIBUTES = new HashMap<>();
    private static final Map<String, Set<String>> CHILDREN = new HashMap<>();

    static {
        allow("node", Set.of("id", "uname", "type", "description"), Set.of("instance_attributes", "utilization"));
        Set<String> primitiveChildren = Set.of("instance_attributes", "meta_attributes", "utilization", "operations");
        allow("primitive", Set.of("id", "class", "provider", "type", "template", "description"), primitiveChildren);
        allow("template", Set.of("id", "class", "provider", "type", "description"), primitiveChildren);
        Set<String> containerChildren = Set.of("instance_attributes", "meta_attributes", "primitive", "group");
        allow("group", Set.of("id", "description"), containerChildren);
        allow("clone", Set.of("id", "description"), containerChildren);
        allow("master", Set.of("id", "description"), containerChildren);
        allow("bundle", Set.of("id", "description"),
                Set.of("docker", "network", "storage", "primitive", "instance_attributes", "meta_attributes"));
        allow("operations", Set.of("id", "id-ref"), Set.of("op"));
        allow("op", null, Set.of("instance_attributes", "meta_attributes"));
        for (String set : SET_TAGS) {
            allow(set, Set.of("id", "id-ref", "score"), Set.of("nvpair", "rule"));
        }
        allow("nvpair", Set.of("id", "id-ref", "name", "value"), Set.of());
        allow("rule", Set.of("id", "id-ref", "score", "score-attribute", "role", "boolean-op"),
                Set.of("expression", "date_expression"));
        allow("expression", Set.of("id", "attribute", "operation", "value", "type", "value-source"), Set.of());
        allow("date_expression", Set.of("id", "operation", "start", "end"), Set.of("duration", "date_spec"));
        allow("duration", null, Set.of());
        allow("date_spec", null, Set.of());
        allow("rsc_location", Set.of("id", "rsc", "rsc-pattern", "role", "resource-discovery", "score", "node"),
                Set.of("rule", "resource_set"));
        allow("rsc_colocation", Set.of("id", "score", "rsc", "with-rsc", "rsc-role", "with-rsc-role",
                "rsc-instance", "with-rsc-instance", "node-attribute"), Set.of("resource_set"));
        allow("rsc_order", Set.of("id", "kind", "first", "then", "first-action", "then-action",
                "first-instance", "then-instance", "symmetrical"), Set.of("resource_set"));
        allow("rsc_ticket", Set.of("id", "ticket", "rsc", "rsc-role", "loss-policy"), Set.of("resource_set"));
        allow("resource_set", Set.of("id", "sequential", "require-all", "role", "action"), Set.of("resource_ref"));
        allow("resource_ref", Set.of("id"), Set.of());
        allow("cluster_property_set", Set.of("id"), Set.of("nvpair", "rule"));
        allow("fencing-topology", Set.of(), Set.of("fencing-level"));
        allow("fencing-level", Set.of("id", "target", "target-pattern", "target-attribute", "target-value",
                "index", "devices"), Set.of());
        Set<String> aclRules = Set.of("xpath", "ref", "tag", "attribute");
        for (String rule : new String[] {"read", "write", "deny"}) {
            allow(rule, aclRules, Set.of());
        }
        allow("acl_role", Set.of("id", "description"), Set.of("acl_permission", "read", "write", "deny"));
        allow("acl_permission", Set.of("id", "kind", "description", "xpath", "reference", "attribute",
                "object-type"), Set.of());
        Set<String> subjects = Set.of("role", "role_ref", "read", "write", "deny");
        allow("acl_target", Set.of("id", "description"), subjects);
        allow("acl_group", Set.of("id", "description"), subjects);
        allow("acl_user", Set.of("id", "description"), subjects);
        allow("role", Set.of("id"), Set.of());
        allow("role_ref", Set.of("id"), Set.of());
        allow("tag", Set.of("id"), Set.of("obj_ref"));
        allow("obj_ref", Set.of("id"), Set.of());
        allow("alert", Set.of("id", "path", "description"),
                Set.of("instance_attributes", "meta_attributes", "select", "recipient"));
        allow("select", Set.of(), Set.of("select_nodes", "select_fencing", "select_resources", "select_attributes"));
        allow("select_attributes", Set.of(), Set.of("attribute"));
        for (String selected : new String[] {"select_nodes", "select_fencing", "select_resources"}) {
            allow(selected, Set.of(), Set.of());
        }
        allow("attribute", Set.of("id", "name"), Set.of());
        allow("recipient", Set.of("id", "value", "description"), Set.of("instance_attributes", "meta_attributes"));
    }

    private CrmSyntaxCoverage() {
    }

    private static void allow(String tag, Set<String> attributes, Set<String> children) {
        if (attributes != null) {
            ATTRIBUTES.put(tag, attributes);
        }
        CHILDREN.put(tag, children);
    }

    /** True when crm syntax expresses {@code object} (of kind {@code kind}) without loss. */
    static boolean covers(ObjectKind kind, XmlElement object, ShowContext context) {
        if (kind == ObjectKind.ORDER && (object.has("score") || !isOrderKind(object.attr("kind")))) {
            return false;
        }
        if (kind == ObjectKind.COLOCATION && !object.has("score") && !object.has("score-attribute")) {
            return false;
        }
        if (kind == ObjectKind.FENCING_TOPOLOGY && FencingTopologyFormatter.shortFormMisleads(object, context)) {
            return false;
        }
        if (context.legacyRoleNames() && usesNewRoleNames(object)) {
            return false;
        }
        if (hasMultiLineComment(object)) {
            return false;
        }
        if (writesIdWithColon(kind, object) && !isColonId(object.attr("id"))) {
            return false;
        }
        if (!setsReadBack(object, kind == ObjectKind.ORDER ? "action" : "role")) {
            return false;
        }
        if (kind.isDefaults() || kind == ObjectKind.PROPERTY) {
            if (rulesFollowNvpairs(object)) {
                return false; // crm text reads a set's rules back in front of its nvpairs
            }
        }
        if (kind.isDefaults()) {
            return coversSet(object);
        }
        if (kind == ObjectKind.BUNDLE) {
            return coversBundle(object);
        }
        if (kind == ObjectKind.LOCATION && object.has("node") == !object.has("score")) {
            return false;
        }
        if (kind == ObjectKind.ALERT && !recipientIdsReadBack(object)) {
            return false;
        }
        return covers(object, kind, true);
    }

    /**
     * True when each recipient has the id reading the text back gives it, {@code ALERT-recipient-N}
     * by position: crm syntax has no way to write a recipient's id.
     */
    private static boolean recipientIdsReadBack(XmlElement alert) {
        int n = 0;
        for (XmlElement recipient : alert.children("recipient")) {
            if (!(alert.attr("id") + "-recipient-" + ++n).equals(recipient.attr("id"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean coversSet(XmlElement set) {
        return attributesAllowed(set, Set.of("id", "id-ref")) && contentCovered(set, Set.of("nvpair", "rule"), null, true);
    }

    private static boolean coversBundle(XmlElement bundle) {
        boolean first = true;
        for (XmlElement c : bundle.children()) {
            if (c.isComment()) {
                continue;
            }
            boolean container = c.name().equals("docker") || c.name().equals("rkt") || c.name().equals("podman");
            if (container && !first) {
                return false;
            }
            first = false;
            switch (c.name()) {
                case "instance_attributes", "meta_attributes" -> {
                    if (!covers(c, null)) {
                        return false;
                    }
                }
                case "docker", "network", "storage", "primitive" -> {
                    // their attributes and mappings print as they are
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean covers(XmlElement e, ObjectKind kind) {
        return covers(e, kind, false);
    }

    private static boolean covers(XmlElement e, ObjectKind kind, boolean isObject) {
        Set<String> attributes = ATTRIBUTES.get(e.name());
        if (attributes != null && !attributesAllowed(e, attributes)) {
            return false;
        }
        Set<String> children = CHILDREN.get(e.name());
        return children != null && contentCovered(e, children, kind, isObject);
    }

    private static boolean contentCovered(XmlElement e, Set<String> children, ObjectKind kind, boolean isObject) {
        for (XmlElement c : e.children()) {
            if (c.isComment()) {
                if (!isObject) {
                    return false; // only an object's own comments survive in crm text
                }
                continue;
            }
            if (!children.contains(c.name())) {
                return false;
            }
            if (ObjectKind.ofTag(c.name()) != null && kind != null && isContainer(kind)) {
                continue; // a child resource is an object of its own and is judged on its own
            }
            if (c.name().equals("resource_set") && !setQualifierFits(c, kind)) {
                return false;
            }
            if (c.name().equals("date_expression") && !dateReadsBack(c)) {
                return false;
            }
            if (c.name().equals("rule") && c.has("boolean-op")
                    && c.children("expression").size() + c.children("date_expression").size() < 2) {
                return false; // with one expression there is nothing to write the operator between
            }
            if (c.name().equals("operations") && c.children().isEmpty() && c.attributes().isEmpty()) {
                return false; // nothing would be printed, so nothing would be read back
            }
            if (!covers(c, kind)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rulesFollowNvpairs(XmlElement set) {
        boolean nvpairSeen = false;
        for (XmlElement c : set.children()) {
            if (c.name().equals("nvpair")) {
                nvpairSeen = true;
            } else if (c.name().equals("rule") && nvpairSeen) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrderKind(String kind) {
        if (kind == null) {
            return true;
        }
        String k = kind.toLowerCase(java.util.Locale.ROOT);
        return k.equals("mandatory") || k.equals("optional") || k.equals("serialize");
    }

    /** Role values Promoted or Unpromoted anywhere in the object (attributes or role nvpairs). */
    private static boolean usesNewRoleNames(XmlElement e) {
        for (java.util.Map.Entry<String, String> a : e.attributes().entrySet()) {
            boolean roleAttribute = a.getKey().equals("role") || a.getKey().endsWith("-role")
                    || (e.name().equals("nvpair") && a.getKey().equals("value")
                        && ("role".equals(e.attr("name")) || "target-role".equals(e.attr("name"))));
            if (roleAttribute && (a.getValue().equals("Promoted") || a.getValue().equals("Unpromoted"))) {
                return true;
            }
        }
        for (XmlElement c : e.children()) {
            if (usesNewRoleNames(c)) {
                return true;
            }
        }
        return false;
    }

    /** Comment lines after the first would not start with {@code #} in crm text. */
    private static boolean hasMultiLineComment(XmlElement object) {
        for (XmlElement c : object.children()) {
            if (c.isComment() && c.text().strip().indexOf('\n') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Nodes with an id other than their uname, and property or defaults sets, print {@code ID:}. */
    private static boolean writesIdWithColon(ObjectKind kind, XmlElement object) {
        String id = object.attr("id");
        if (id == null || !CliSyntax.isPlain(id)) {
            return false; // absent, or printed as $id="..."
        }
        return switch (kind) {
            case NODE -> !id.equals(object.attr("uname"));
            case PROPERTY, RSC_DEFAULTS, OP_DEFAULTS -> true;
            default -> false;
        };
    }

    private static boolean isColonId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two plain sets in a row with the same role (or action, for orders) print as one list and
     * would read back as a single set.
     */
    private static boolean setsReadBack(XmlElement constraint, String qualifier) {
        boolean previousPlain = false;
        String previousQualifier = null;
        for (XmlElement set : constraint.children("resource_set")) {
            boolean plain = !"false".equals(set.attr("sequential")) && !"false".equals(set.attr("require-all"));
            String q = set.attr(qualifier);
            if (plain && previousPlain && java.util.Objects.equals(q, previousQualifier)) {
                return false;
            }
            previousPlain = plain;
            previousQualifier = q;
        }
        return true;
    }

    /** {@code date in} needs two of start, end and duration fields to read back. */
    private static boolean dateReadsBack(XmlElement date) {
        if (!"in_range".equals(date.attr("operation"))) {
            return true;
        }
        int fields = (date.has("start") ? 1 : 0) + (date.has("end") ? 1 : 0);
        for (XmlElement d : date.children("duration")) {
            fields += (int) d.attributes().keySet().stream().filter(k -> !k.equals("id")).count();
        }
        return fields >= 2;
    }

    private static boolean isContainer(ObjectKind kind) {
        return kind == ObjectKind.GROUP || kind == ObjectKind.CLONE || kind == ObjectKind.MS;
    }

    /** Order sets carry actions, the other constraints' sets carry roles. */
    private static boolean setQualifierFits(XmlElement set, ObjectKind kind) {
        return kind == ObjectKind.ORDER ? !set.has("role") : !set.has("action");
    }

    private static boolean attributesAllowed(XmlElement e, Set<String> allowed) {
        for (String a : e.attributes().keySet()) {
            if (!allowed.contains(a)) {
                return false;
            }
        }
        return true;
    }
}
