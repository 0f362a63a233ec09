package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Every name a constraint, tag or primitive uses must exist: constraints name resources, tags or
 * templates; tags list existing objects; a primitive's template must be a template.
 */
public final class ReferenceRule implements VerifyRule {
    @Override
    public String name() {
        return "unknown-reference";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        for (Element constraint : Constraints.all(cib)) {
            for (Constraints.Ref ref : Constraints.references(constraint)) {
                if (!cib.isConstrainable(ref.id())) {
                    report.error(constraint, "constraint '" + constraint.getAttribute("id") + "' names '" + ref.id()
                            + "', which is not a resource, tag or template");
                }
            }
        }
        for (Element tag : cib.elements(cib.section("tags"), "tag")) {
            for (Element ref : CibDocument.children(tag, "obj_ref")) {
                if (cib.byId(ref.getAttribute("id")) == null) {
                    report.error(tag, "tag '" + tag.getAttribute("id") + "' lists '" + ref.getAttribute("id")
                            + "', which does not exist");
                }
            }
        }
        for (Element primitive : cib.elements(cib.section("resources"), "primitive")) {
            String template = CibDocument.attr(primitive, "template");
            if (template != null) {
                Element t = cib.byId(template);
                if (t == null || !t.getTagName().equals("template")) {
                    report.error(primitive, "resource '" + primitive.getAttribute("id") + "' uses template '"
                            + template + "', which is not a template");
                }
            }
        }
    }
}
