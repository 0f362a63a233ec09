package org.jcrm.grammar.printer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The object selection of {@code show SPEC...}: ids (globs; nodes match by uname too),
 * {@code type:KIND}, {@code tag:TAG} (the resources a tag names), {@code related:ID} (the object,
 * the containers and constraints and tags that refer to it, and resources whose agent type is ID),
 * combined by union, or by intersection around {@code and}.
 */
final class ObjectSelection {
    private static final Set<String> CONSTRAINT_REFS = Set.of("rsc", "with-rsc", "first", "then");

    private final List<CibObject> objects;

    ObjectSelection(List<CibObject> objects) {
        this.objects = objects;
    }

    /**
     * The selected objects in show order.
     *
     * @throws NoSuchObjectException when a plain id (or glob) matches nothing
     */
    List<CibObject> select(List<String> specs) {
        Set<CibObject> selected = new LinkedHashSet<>();
        Set<CibObject> left = null;
        for (String spec : specs) {
            if (spec.equals("or")) {
                continue;
            }
            if (spec.equals("and")) {
                left = selected;
                selected = new LinkedHashSet<>();
                continue;
            }
            selected.addAll(match(spec));
            if (left != null) {
                selected.retainAll(left);
                left = null;
            }
        }
        if (left != null) {
            selected = left;
        }
        List<CibObject> sorted = new ArrayList<>(selected);
        sorted.sort(CibObject.SHOW_ORDER);
        return sorted;
    }

    private List<CibObject> match(String spec) {
        List<CibObject> found = new ArrayList<>();
        if (spec.startsWith("type:")) {
            String type = spec.substring(5);
            objects.stream().filter(o -> o.kind().keyword.equals(type)).forEach(found::add);
        } else if (spec.startsWith("tag:")) {
            String tag = spec.substring(4);
            for (CibObject o : objects) {
                if (o.kind() == ObjectKind.TAG && o.id().equals(tag)) {
                    for (XmlElement ref : o.element().children("obj_ref")) {
                        objects.stream().filter(r -> isResource(r) && r.id().equals(ref.attr("id"))).forEach(found::add);
                    }
                }
            }
        } else if (spec.startsWith("related:")) {
            related(spec.substring(8), found);
        } else if (spec.equals("changed")) {
            return found; // a CIB read from XML has no uncommitted changes
        } else {
            found.addAll(byId(spec));
            if (found.isEmpty()) {
                throw new NoSuchObjectException(spec);
            }
        }
        return found;
    }

    private List<CibObject> byId(String glob) {
        Glob g = new Glob(glob);
        List<CibObject> found = new ArrayList<>();
        for (CibObject o : objects) {
            if (g.matches(o.id()) || (o.kind() == ObjectKind.NODE && g.matches(o.element().attr("uname")))) {
                found.add(o);
            }
        }
        return found;
    }

    private void related(String id, List<CibObject> found) {
        found.addAll(byId(id));
        boolean resource = objects.stream().anyMatch(o -> o.id().equals(id) && isResource(o));
        String[] agent = id.split(":", -1);
        for (CibObject o : objects) {
            if (resource && refersTo(o, id)) {
                found.add(o);
            } else if (isAgent(o.element(), agent)) {
                found.add(o);
            }
        }
    }

    private static boolean isAgent(XmlElement e, String[] agent) {
        if (agent.length > 3 || agent[agent.length - 1].isEmpty() || !agent[agent.length - 1].equals(e.attr("type"))) {
            return false;
        }
        return switch (agent.length) {
            case 3 -> agent[0].equals(e.attr("class")) && agent[1].equals(e.attr("provider"));
            case 2 -> agent[0].equals(e.attr("class"));
            default -> true;
        };
    }

    private static boolean isResource(CibObject o) {
        return switch (o.kind()) {
            case PRIMITIVE, GROUP, CLONE, MS, RSC_TEMPLATE, BUNDLE -> true;
            default -> false;
        };
    }

    /** Constraints naming the resource, tags listing it, containers holding it. */
    private static boolean refersTo(CibObject o, String id) {
        XmlElement e = o.element();
        switch (o.kind()) {
            case LOCATION, COLOCATION, ORDER, RSC_TICKET -> {
                for (String attribute : CONSTRAINT_REFS) {
                    if (id.equals(e.attr(attribute))) {
                        return true;
                    }
                }
                for (XmlElement set : e.children("resource_set")) {
                    for (XmlElement ref : set.children("resource_ref")) {
                        if (id.equals(ref.attr("id"))) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case TAG -> {
                return e.children("obj_ref").stream().anyMatch(r -> id.equals(r.attr("id")));
            }
            case GROUP, CLONE, MS, BUNDLE -> {
                return holds(e, id);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean holds(XmlElement container, String id) {
        for (XmlElement c : container.children()) {
            boolean resource = switch (c.name()) {
                case "primitive", "group", "clone", "master" -> true;
                default -> false;
            };
            if (resource && (id.equals(c.attr("id")) || holds(c, id))) {
                return true;
            }
        }
        return false;
    }
}
