package org.jcrm.shell.cibedit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Name/value attribute sets ({@code meta_attributes}, {@code instance_attributes},
 * {@code utilization}) of one CIB element, edited with the ids Pacemaker's tools give: a new set is
 * {@code OWNER-TAG} ({@code p0-meta_attributes}), a new pair {@code SET-NAME}, each made unique
 * within the document by a {@code -0}, {@code -1} ... suffix. A value goes into the first set that
 * already holds pairs; an empty set is not reused, as {@code crm_resource} does not reuse one.
 */
public final class AttributeSets {
    private static final List<String> ORDER = List.of("instance_attributes", "meta_attributes", "utilization");
    private AttributeSets() {
    }

    /** Where a value was written: the pair's id and its set's id. */
    public record Written(String id, String setId) {
    }

    /** The value of {@code name} in the owner's sets of this tag (the first one found). */
    public static Optional<String> get(Element owner, String setTag, String name) {
        return pair(owner, setTag, name).map(nv -> nv.getAttribute("value"));
    }

    /** The pair named {@code name} in the owner's sets of this tag. */
    public static Optional<Element> pair(Element owner, String setTag, String name) {
        for (Element set : Dom.children(owner, setTag)) {
            for (Element nv : Dom.children(set, "nvpair")) {
                if (name.equals(nv.getAttribute("name"))) {
                    return Optional.of(nv);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Sets {@code name} to {@code value}: the existing pair is updated, else a pair is added to the
     * first set holding pairs, else to a new set whose id also avoids {@code reserved} (ids about to
     * be freed that Pacemaker would still see as taken).
     */
    public static Written set(Element owner, String setTag, String name, String value, Set<String> reserved) {
        return set(owner, setTag, owner.getAttribute("id") + "-" + setTag, name, value, reserved);
    }

    /** As {@link #set(Element, String, String, String, Set)}, naming a new set {@code newSetId} (made unique). */
    public static Written set(Element owner, String setTag, String newSetId, String name, String value,
            Set<String> reserved) {
        Optional<Element> existing = pair(owner, setTag, name);
        if (existing.isPresent()) {
            existing.get().setAttribute("value", value);
            return new Written(existing.get().getAttribute("id"), ((Element) existing.get().getParentNode()).getAttribute("id"));
        }
        Document doc = owner.getOwnerDocument();
        Set<String> taken = new HashSet<>(Dom.ids(doc.getDocumentElement()));
        taken.addAll(reserved);
        Element set = Dom.children(owner, setTag).stream().filter(s -> !Dom.children(s, "nvpair").isEmpty())
                .findFirst().orElse(null);
        if (set == null) {
            set = doc.createElement(setTag);
            set.setAttribute("id", unique(newSetId, taken));
            owner.insertBefore(set, firstAfter(owner, setTag));
            taken.add(set.getAttribute("id"));
        }
        Element nv = doc.createElement("nvpair");
        nv.setAttribute("id", unique(set.getAttribute("id") + "-" + name, taken));
        nv.setAttribute("name", name);
        nv.setAttribute("value", value);
        set.appendChild(nv);
        return new Written(nv.getAttribute("id"), set.getAttribute("id"));
    }

    /**
     * Where a new set goes: before the first child that comes after it in the usual order
     * (instance attributes, meta attributes, utilization, then operations and contained resources),
     * so that printers that follow the document show {@code params} before {@code meta}.
     */
    private static Element firstAfter(Element owner, String setTag) {
        int rank = ORDER.indexOf(setTag);
        for (Element child : Dom.children(owner)) {
            int other = ORDER.indexOf(child.getTagName());
            if (other < 0 || other > rank) {
                return child;
            }
        }
        return null;
    }

    /** Removes every pair named {@code name} from the owner's sets of this tag; returns their ids. */
    public static List<String> remove(Element owner, String setTag, String name) {
        List<String> removed = new ArrayList<>();
        for (Element set : Dom.children(owner, setTag)) {
            for (Element nv : Dom.children(set, "nvpair")) {
                if (name.equals(nv.getAttribute("name"))) {
                    removed.add(nv.getAttribute("id"));
                    set.removeChild(nv);
                }
            }
        }
        return removed;
    }

    /** The ids of the attribute sets without pairs in {@code root} and the elements below it. */
    public static Set<String> emptySetIds(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element child : Dom.children(root)) {
            if (isSet(child) && Dom.children(child).isEmpty()) {
                ids.add(child.getAttribute("id"));
            } else if (!isSet(child)) {
                ids.addAll(emptySetIds(child));
            }
        }
        return ids;
    }

    private static boolean isSet(Element e) {
        return e.getTagName().equals("meta_attributes") || e.getTagName().equals("instance_attributes");
    }

    /**
     * Removes the attribute sets without pairs from {@code root} and the elements below it; returns
     * the ids removed.
     */
    public static Set<String> removeEmptySets(Element root) {
        Set<String> removed = new HashSet<>();
        for (Element child : Dom.children(root)) {
            boolean set = isSet(child);
            if (set && Dom.children(child).isEmpty()) {
                removed.add(child.getAttribute("id"));
                root.removeChild(child);
            } else if (!set) {
                removed.addAll(removeEmptySets(child));
            }
        }
        return removed;
    }

    /** {@code base}, or {@code base-0}, {@code base-1} ... whichever is not taken. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 0;; i++) {
            if (!taken.contains(base + "-" + i)) {
                return base + "-" + i;
            }
        }
    }
}
