package org.jcrm.engine.verify.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.verify.CibDocument;
import org.w3c.dom.Element;

/** The resource names a constraint mentions, with the attribute or element each came from. */
final class Constraints {
    /** One resource name in a constraint: the element carrying it and the attribute holding it. */
    record Ref(Element element, String attribute, String id) {
    }

    private static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "rsc_location", List.of("rsc"),
            "rsc_colocation", List.of("rsc", "with-rsc"),
            "rsc_order", List.of("first", "then"),
            "rsc_ticket", List.of("rsc"));

    private Constraints() {
    }

    /** All constraints of the configuration. */
    static List<Element> all(CibDocument cib) {
        return CibDocument.children(cib.section("constraints"), null);
    }

    /** The resources {@code constraint} names directly or through its resource sets. */
    static List<Ref> references(Element constraint) {
        List<Ref> out = new ArrayList<>();
        for (String attr : ATTRIBUTES.getOrDefault(constraint.getTagName(), List.of())) {
            if (constraint.hasAttribute(attr)) {
                out.add(new Ref(constraint, attr, constraint.getAttribute(attr)));
            }
        }
        for (Element set : CibDocument.children(constraint, "resource_set")) {
            for (Element ref : CibDocument.children(set, "resource_ref")) {
                out.add(new Ref(ref, "id", ref.getAttribute("id")));
            }
        }
        return out;
    }
}
