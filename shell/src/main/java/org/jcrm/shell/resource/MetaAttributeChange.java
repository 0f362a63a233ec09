package org.jcrm.shell.resource;

import java.util.Optional;
import org.jcrm.shell.cibedit.AttributeSets;
import org.jcrm.shell.cibedit.ResourceTree;
import org.w3c.dom.Element;

/**
 * Sets one of the meta attributes that control a resource as a whole ({@code target-role},
 * {@code is-managed}, {@code maintenance}) the way {@code crm resource} does:
 * <ul>
 * <li>on a clone's direct child the clone's attribute is set, as {@code crm_resource} does;</li>
 * <li>{@code maintenance} and {@code is-managed} exclude each other: the other one is removed from
 * the resource when the user agrees;</li>
 * <li>the same attribute (or the excluded one) on resources inside it is removed as
 * {@link ChildPolicy} says;</li>
 * <li>attribute sets left without pairs are removed, and their ids are not reused at once.</li>
 * </ul>
 */
final class MetaAttributeChange {
    private final String name;
    private final String value;
    private final ChildPolicy policy;
    private final Questions questions;

    MetaAttributeChange(String name, String value, ChildPolicy policy, Questions questions) {
        this.name = name;
        this.value = value;
        this.policy = policy;
        this.questions = questions;
    }

    /** Applies the change to resource {@code rsc}; returns the resource whose attribute was set. */
    Element apply(Element rsc) {
        Element target = ResourceTree.parent(rsc).filter(ResourceTree::isClone).orElse(rsc);
        Optional<String> excluded = excluded();
        if (excluded.isPresent() && AttributeSets.get(target, "meta_attributes", excluded.get()).isPresent()
                && questions.ask("'" + name + "' conflicts with '" + excluded.get() + "' attribute. Remove '"
                        + excluded.get() + "' for resource " + target.getAttribute("id") + "?")) {
            AttributeSets.remove(target, "meta_attributes", excluded.get());
        }
        for (Element child : ResourceTree.descendants(target)) {
            String id = child.getAttribute("id");
            if (has(child, name) && decide("Do you want to override '" + name + "' for child resource " + id + "?")) {
                AttributeSets.remove(child, "meta_attributes", name);
            }
            if (excluded.isPresent() && has(child, excluded.get()) && decide("'" + name + "' conflicts with '"
                    + excluded.get() + "' attribute. Remove '" + excluded.get() + "' for child resource " + id + "?")) {
                AttributeSets.remove(child, "meta_attributes", excluded.get());
            }
        }
        // The sets emptied here are removed last; their ids count as taken until then.
        AttributeSets.set(target, "meta_attributes", name, value, AttributeSets.emptySetIds(target));
        AttributeSets.removeEmptySets(target);
        return target;
    }

    private Optional<String> excluded() {
        return switch (name) {
            case "maintenance" -> Optional.of("is-managed");
            case "is-managed" -> Optional.of("maintenance");
            default -> Optional.empty();
        };
    }

    private static boolean has(Element rsc, String attribute) {
        return AttributeSets.get(rsc, "meta_attributes", attribute).isPresent();
    }

    private boolean decide(String question) {
        return switch (policy) {
            case ALWAYS -> true;
            case NEVER -> false;
            case ASK -> questions.ask(question);
        };
    }
}
