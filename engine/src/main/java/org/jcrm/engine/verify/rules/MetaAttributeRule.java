package org.jcrm.engine.verify.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.Suggestions;
import org.jcrm.engine.verify.Values;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * Meta attributes of resources, resource defaults and operation defaults: unknown names are warned with
 * the nearest known one, values of the wrong type are warned, and a target-role, requires or multiple-active Pacemaker cannot read
 * or a deprecated attribute (restart-type, a group's ordered/collocated) is an error, as crm_verify has it.
 */
public final class MetaAttributeRule implements VerifyRule {
    /** Meta attributes whose bad values Pacemaker reports as configuration errors rather than ignoring. */
    private static final java.util.Set<String> STRICT = java.util.Set.of("target-role", "requires", "multiple-active");

    @Override
    public String name() {
        return "meta-attribute";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        Element resources = cib.section("resources");
        for (String tag : List.of("primitive", "template", "group", "clone", "master", "bundle")) {
            Map<String, OptionType> known = known(tag);
            for (Element rsc : cib.elements(resources, tag)) {
                checkOwner(rsc, known, tag.equals("group"), report);
            }
        }
        Map<String, OptionType> anyResource = merged(OptionCatalog.RESOURCE_META, OptionCatalog.CLONE_META,
                OptionCatalog.GROUP_META);
        for (Element defaults : CibDocument.children(cib.section("rsc_defaults"), "meta_attributes")) {
            checkSet(defaults, anyResource, false, report);
        }
        for (Element defaults : CibDocument.children(cib.section("op_defaults"), "meta_attributes")) {
            checkSet(defaults, OptionCatalog.OP_META, false, report);
        }
        for (Element group : cib.elements(resources, "group")) {
            checkInheritedGroupFlags(cib, group, report);
        }
    }

    /**
     * A group that does not set ordered or collocated itself takes its clone's value, then the resource
     * defaults' (Pacemaker merges them into the group's meta attributes), so a false there is the same
     * deprecated setting.
     */
    private static void checkInheritedGroupFlags(CibDocument cib, Element group, Reporter report) {
        for (String flag : OptionCatalog.GROUP_META.keySet()) {
            if (metaPair(group, flag) != null) {
                continue;
            }
            // Only a clone passes its meta attributes down; looking under <resources> itself would
            // scan every top-level resource once per group, which made large CIBs quadratic.
            Element from = group.getParentNode() instanceof Element parent && isClone(parent)
                    ? metaPair(parent, flag) : null;
            if (from == null) {
                for (Element defaults : CibDocument.children(cib.section("rsc_defaults"), "meta_attributes")) {
                    from = from != null ? from : pairIn(defaults, flag);
                }
            }
            if (from != null && Values.isFalse(CibDocument.attr(from, "value"))) {
                report.error(group, "group '" + group.getAttribute("id") + "' inherits " + flag + "=false from '"
                        + ownerName(from) + "': the group meta attribute " + flag + " is deprecated: use "
                        + OptionCatalog.DEPRECATED_META.get(flag));
            }
        }
    }

    private static boolean isClone(Element element) {
        String tag = element.getTagName();
        return tag.equals("clone") || tag.equals("master");
    }

    /** The resource whose meta attributes hold {@code nv}, or "rsc_defaults". */
    private static String ownerName(Element nv) {
        Element owner = (Element) nv.getParentNode().getParentNode();
        return owner.hasAttribute("id") ? owner.getAttribute("id") : owner.getTagName();
    }

    private static Element metaPair(Element owner, String name) {
        for (Element set : CibDocument.children(owner, "meta_attributes")) {
            Element nv = pairIn(set, name);
            if (nv != null) {
                return nv;
            }
        }
        return null;
    }

    private static Element pairIn(Element set, String name) {
        for (Element nv : CibDocument.children(set, "nvpair")) {
            if (nv.getAttribute("name").equals(name)) {
                return nv;
            }
        }
        return null;
    }

    private static Map<String, OptionType> known(String tag) {
        return switch (tag) {
            case "clone", "master" -> merged(OptionCatalog.RESOURCE_META, OptionCatalog.CLONE_META);
            case "group" -> merged(OptionCatalog.RESOURCE_META, OptionCatalog.GROUP_META);
            // Clone meta attributes are often set on the primitive of a clone and reach it as CRM_meta_*.
            default -> merged(OptionCatalog.RESOURCE_META, OptionCatalog.CLONE_META);
        };
    }

    @SafeVarargs
    private static Map<String, OptionType> merged(Map<String, OptionType>... maps) {
        Map<String, OptionType> out = new LinkedHashMap<>();
        for (Map<String, OptionType> m : maps) {
            out.putAll(m);
        }
        return out;
    }

    private static void checkOwner(Element owner, Map<String, OptionType> known, boolean group, Reporter report) {
        for (Element set : CibDocument.children(owner, "meta_attributes")) {
            checkSet(set, known, group, report);
        }
    }

    private static void checkSet(Element set, Map<String, OptionType> known, boolean group, Reporter report) {
        for (Element nv : CibDocument.children(set, "nvpair")) {
            String name = nv.getAttribute("name");
            String value = CibDocument.attr(nv, "value");
            OptionType type = known.get(name);
            if ("#default".equals(value)) {
                continue; // an explicit "use the default"
            }
            if (name.equals("restart-type") || group && OptionCatalog.GROUP_META.containsKey(name) && Values.isFalse(value)) {
                report.error(nv, "meta attribute '" + name + "' is deprecated: use "
                        + OptionCatalog.DEPRECATED_META.get(name));
            } else if (type == null) {
                report.warning(nv, "unknown meta attribute '" + name + "'" + Suggestions.hint(name, known.keySet()));
            } else if (value != null && !type.accepts().test(value)) {
                String message = "meta attribute " + name + "=" + value + " is not valid: expected " + type.description();
                if (STRICT.contains(name)) {
                    report.error(nv, message);
                } else {
                    report.warning(nv, message);
                }
            }
        }
    }
}
