package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the objects of a CIB's configuration in {@code show} order, after normalising the XML
 * the way crm text sees it: attributes left at their default are dropped and the child resources
 * of groups and clones move after their attribute sets.
 */
final class CibObjects {
    private CibObjects() {
    }

    /** Objects of {@code root}, which is a {@code cib} or a {@code configuration} element or one object. */
    static List<CibObject> collect(XmlElement root) {
        List<CibObject> objects = new ArrayList<>();
        if (ObjectKind.ofTag(root.name()) != null) {
            walkObject(root, objects);
        } else {
            walk(root, objects);
        }
        objects.sort(CibObject.SHOW_ORDER);
        return objects;
    }

    private static void walk(XmlElement parent, List<CibObject> objects) {
        for (XmlElement c : parent.children()) {
            if (c.isComment() || c.name().equals("status")) {
                continue;
            }
            if (ObjectKind.ofTag(c.name()) != null) {
                walkObject(c, objects);
            } else {
                normalise(c);
                walk(c, objects);
            }
        }
    }

    private static void walkObject(XmlElement e, List<CibObject> objects) {
        ObjectKind kind = ObjectKind.ofTag(e.name());
        normalise(e);
        if (kind.isDefaults()) {
            for (XmlElement set : e.children("meta_attributes")) {
                objects.add(new CibObject(kind, idOf(kind, set), set));
            }
        } else {
            objects.add(new CibObject(kind, idOf(kind, e), e));
        }
        walk(e, objects);
    }

    private static String idOf(ObjectKind kind, XmlElement e) {
        if (kind == ObjectKind.FENCING_TOPOLOGY) {
            return "fencing_topology";
        }
        String id = e.attr("id");
        if (id == null) {
            id = e.attr("uname");
        }
        if (id == null) {
            id = switch (kind) {
                case PROPERTY -> "cib-bootstrap-options";
                case RSC_DEFAULTS -> "rsc-options";
                case OP_DEFAULTS -> "op-options";
                default -> "";
            };
        }
        return id;
    }

    /** Drops defaulted attributes and moves child resources last; idempotent. */
    private static void normalise(XmlElement e) {
        switch (e.name()) {
            case "node" -> dropIf(e, "type", "normal");
            case "resource_set" -> {
                dropIf(e, "sequential", "true");
                dropIf(e, "require-all", "true");
            }
            case "rule" -> dropIf(e, "boolean-op", "and");
            case "expression" -> dropIf(e, "type", "string");
            case "group", "clone", "master", "bundle" -> moveChildResourcesLast(e);
            default -> {
            }
        }
    }

    private static void dropIf(XmlElement e, String attribute, String value) {
        if (value.equals(e.attr(attribute))) {
            e.remove(attribute);
        }
    }

    private static void moveChildResourcesLast(XmlElement e) {
        List<XmlElement> resources = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.name().equals("primitive") || c.name().equals("group")) {
                resources.add(c);
            }
        }
        if (!resources.isEmpty()) {
            e.children().removeAll(resources);
            e.children().addAll(resources);
        }
    }
}
