package org.jcrm.engine.scheduler.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jcrm.engine.scheduler.Score;
import org.w3c.dom.Element;

/** Turns colocation and ordering constraints, plain or with resource sets, into pairwise constraints. */
final class SetExpander {
    private final Function<String, List<Resource>> resolve;
    private final WorkingSet ws;

    SetExpander(Function<String, List<Resource>> resolve, WorkingSet ws) {
        this.resolve = resolve;
        this.ws = ws;
    }

    private record RscSet(String id, List<Resource> members, boolean sequential, String role, String action, boolean requireAll) {
    }

    private List<RscSet> sets(Element c) {
        List<RscSet> out = new ArrayList<>();
        for (Element s : Xml.children(c, "resource_set")) {
            List<Resource> members = new ArrayList<>();
            for (Element ref : Xml.children(s, "resource_ref")) {
                members.addAll(resolve.apply(Xml.attr(ref, "id")));
            }
            out.add(new RscSet(Xml.attr(s, "id"), members, Xml.isTrue(Xml.attr(s, "sequential", "true")), Xml.attr(s, "role"),
                    Xml.attr(s, "action"), Xml.isTrue(Xml.attr(s, "require-all", "true"))));
        }
        return out;
    }

    private List<Resource> all(Element c, String attr) {
        List<Resource> r = resolve.apply(Xml.attr(c, attr));
        if (r.isEmpty()) {
            ws.warnings.add("constraint " + Xml.attr(c, "id") + ": unknown resource '" + Xml.attr(c, attr) + "'");
        }
        return r;
    }

    void colocation(Element c) {
        String id = Xml.attr(c, "id");
        int score = Score.parseOr(Xml.attr(c, "score"), Score.ZERO).value();
        boolean influence = Xml.isTrue(Xml.attr(c, "influence", "true"));
        List<RscSet> sets = sets(c);
        if (sets.isEmpty()) {
            // A tag or template on either side stands for an unordered set of its members
            for (Resource dep : all(c, "rsc")) {
                for (Resource prim : all(c, "with-rsc")) {
                    ws.colocations.add(new Colocation(id, dep, prim, score,
                            Role.parse(Xml.attr(c, "rsc-role")), Role.parse(Xml.attr(c, "with-rsc-role")), influence));
                }
            }
            return;
        }
        for (RscSet s : sets) {
            if (s.sequential()) {
                for (int i = 1; i < s.members().size(); i++) {
                    ws.colocations.add(new Colocation(id, s.members().get(i), s.members().get(i - 1), score,
                            Role.parse(s.role()), Role.parse(s.role()), influence));
                }
            }
        }
        for (int i = 0; i + 1 < sets.size(); i++) {
            RscSet dep = sets.get(i);
            RscSet prim = sets.get(i + 1);
            List<Resource> deps = dep.sequential() && !dep.members().isEmpty() ? List.of(dep.members().get(0)) : dep.members();
            List<Resource> prims = prim.sequential() && !prim.members().isEmpty()
                    ? List.of(prim.members().get(prim.members().size() - 1)) : prim.members();
            for (Resource d : deps) {
                for (Resource p : prims) {
                    ws.colocations.add(new Colocation(id, d, p, score, Role.parse(dep.role()), Role.parse(prim.role()), influence));
                }
            }
        }
    }

    void order(Element c) {
        String id = Xml.attr(c, "id");
        String kind = Xml.attr(c, "kind");
        if (kind == null) {
            String score = Xml.attr(c, "score");
            kind = score != null && Score.parseOr(score, Score.ZERO).value() == 0 ? "Optional" : "Mandatory";
        }
        // Serialize orderings are never symmetrical, whatever they say
        boolean symmetrical = !kind.equals("Serialize") && Xml.isTrue(Xml.attr(c, "symmetrical", "true"));
        List<RscSet> sets = sets(c);
        if (sets.isEmpty()) {
            String fa = Xml.attr(c, "first-action", "start");
            String ta = Xml.attr(c, "then-action", fa);
            for (Resource first : all(c, "first")) {
                for (Resource then : all(c, "then")) {
                    add(id, first, fa, then, ta, kind, symmetrical, Xml.isTrue(Xml.attr(c, "require-all", "true")), null);
                }
            }
            return;
        }
        for (RscSet s : sets) {
            String a = s.action() == null ? "start" : s.action();
            if (s.sequential()) {
                for (int i = 1; i < s.members().size(); i++) {
                    add(id, s.members().get(i - 1), a, s.members().get(i), a, kind, symmetrical, true, null);
                }
            }
        }
        for (int i = 0; i + 1 < sets.size(); i++) {
            RscSet first = sets.get(i);
            RscSet then = sets.get(i + 1);
            List<Resource> firsts = first.sequential() && !first.members().isEmpty()
                    ? List.of(first.members().get(first.members().size() - 1)) : first.members();
            List<Resource> thens = then.sequential() && !then.members().isEmpty() ? List.of(then.members().get(0)) : then.members();
            for (Resource f : firsts) {
                for (Resource t : thens) {
                    add(id, f, first.action() == null ? "start" : first.action(), t,
                            then.action() == null ? "start" : then.action(), kind, symmetrical, first.requireAll(),
                            first.requireAll() ? null : first.id());
                }
            }
        }
    }

    private void add(String id, Resource first, String fa, Resource then, String ta, String kind, boolean symmetrical,
            boolean requireAll, String oneOrMoreSet) {
        ws.orderings.add(new Ordering(id, first, fa, then, ta, kind, symmetrical, requireAll, oneOrMoreSet));
        if (symmetrical && inverse(fa) != null && inverse(ta) != null) {
            ws.orderings.add(new Ordering(id + "-inverse", then, inverse(ta), first, inverse(fa), kind, false, true));
        }
    }

    static String inverse(String action) {
        return switch (action) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            default -> null;
        };
    }
}
