package org.jcrm.engine.verify.rules;

import java.util.List;
import java.util.Map;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Ids must be unique in the configuration. A resource written in two groups or cloned twice shows up
 * here as the same primitive id under two parents, and is reported in those words.
 */
public final class DuplicateIdRule implements VerifyRule {
    @Override
    public String name() {
        return "duplicate-id";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        for (Map.Entry<String, List<Element>> e : context.cib().idIndex().entrySet()) {
            List<Element> elements = e.getValue();
            if (elements.size() < 2) {
                continue;
            }
            Element first = elements.get(0);
            for (Element again : elements.subList(1, elements.size())) {
                report.error(again, describe(e.getKey(), first, again));
            }
        }
    }

    private static String describe(String id, Element first, Element again) {
        Element p1 = (Element) first.getParentNode();
        Element p2 = (Element) again.getParentNode();
        if (first.getTagName().equals("primitive") && again.getTagName().equals("primitive")) {
            String container = containerKind(p2);
            if (container != null && !p1.getAttribute("id").equals(p2.getAttribute("id"))) {
                String where = containerKind(p1) == null ? "also defined on its own"
                        : "also in " + containerKind(p1) + " '" + p1.getAttribute("id") + "'";
                return "resource '" + id + "' is in " + container + " '" + p2.getAttribute("id") + "' and " + where;
            }
        }
        return "duplicate id '" + id + "': <" + again.getTagName() + "> reuses the id of <" + first.getTagName()
                + "> at " + CibDocument.xpath(first);
    }

    private static String containerKind(Element parent) {
        return switch (parent.getTagName()) {
            case "group" -> "group";
            case "clone", "master" -> "clone";
            default -> null;
        };
    }
}
