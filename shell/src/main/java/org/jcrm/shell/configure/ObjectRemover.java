package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.Clone;
import org.jcrm.engine.cib.Constraints;
import org.jcrm.engine.cib.Group;
import org.jcrm.engine.cib.Master;
import org.jcrm.engine.cib.ObjRef;
import org.jcrm.engine.cib.Resource;
import org.jcrm.engine.cib.ResourceRef;
import org.jcrm.engine.cib.ResourceSet;
import org.jcrm.engine.cib.RscColocation;
import org.jcrm.engine.cib.RscLocation;
import org.jcrm.engine.cib.RscOrder;
import org.jcrm.engine.cib.RscTicket;
import org.jcrm.engine.cib.Tag;

/**
 * Deletes one configuration object the way crmsh does: a deleted resource also leaves the groups,
 * clones, constraints and tags that named it, and a container or constraint left empty goes too.
 * Returns a note for every other object it changed, so the user sees what followed.
 */
final class ObjectRemover {
    private final Cib cib;
    private final List<String> notes = new ArrayList<>();

    ObjectRemover(Cib cib) {
        this.cib = cib;
    }

    List<String> remove(String id) {
        CibElement target = cib.findById(id).orElseThrow(() -> WorkingCib.noSuchObject(id));
        CibElement parent = parentOf(cib.getConfiguration(), target);
        parent.getChildren().remove(target);
        if (target instanceof Resource) {
            dropReferences(id);
            dropEmptyContainer(parent);
        }
        return notes;
    }

    private void dropEmptyContainer(CibElement container) {
        boolean empty = container.childrenOf(Resource.class).isEmpty();
        if (empty && (container instanceof Group || container instanceof Clone || container instanceof Master)) {
            String id = WorkingCib.idOf(container);
            notes.add("deleted " + id + ": it has no resources left");
            remove(id);
        }
    }

    private void dropReferences(String id) {
        Constraints constraints = cib.getConfiguration().getConstraints();
        if (constraints != null) {
            for (Object child : List.copyOf(constraints.getChildren())) {
                if (child instanceof CibElement constraint && referencesAfterCleanup(constraint, id)) {
                    constraints.getChildren().remove(constraint);
                    notes.add("deleted constraint " + WorkingCib.idOf(constraint) + ": it referred to " + id);
                }
            }
        }
        cib.getConfiguration().walk(element -> {
            if (element instanceof Tag tag) {
                tag.getChildren().removeIf(ref -> ref instanceof ObjRef objRef && id.equals(objRef.getId()));
            }
        });
    }

    /** True when the constraint must go: it names the resource directly or keeps no set with members. */
    private static boolean referencesAfterCleanup(CibElement constraint, String id) {
        boolean direct = false;
        if (constraint instanceof RscLocation l) {
            direct = id.equals(l.getRsc());
        } else if (constraint instanceof RscColocation c) {
            direct = id.equals(c.getRsc()) || id.equals(c.getWithRsc());
        } else if (constraint instanceof RscOrder o) {
            direct = id.equals(o.getFirst()) || id.equals(o.getThen());
        } else if (constraint instanceof RscTicket t) {
            direct = id.equals(t.getRsc());
        }
        if (direct) {
            return true;
        }
        List<ResourceSet> sets = constraint.childrenOf(ResourceSet.class);
        if (sets.isEmpty()) {
            return false;
        }
        for (ResourceSet set : sets) {
            set.getChildren().removeIf(ref -> ref instanceof ResourceRef r && id.equals(r.getId()));
            if (set.childrenOf(ResourceRef.class).isEmpty()) {
                constraint.getChildren().remove(set);
            }
        }
        return constraint.childrenOf(ResourceSet.class).isEmpty();
    }

    private static CibElement parentOf(CibElement root, CibElement target) {
        CibElement[] found = new CibElement[1];
        root.walk(element -> {
            if (found[0] == null && element.getChildren().contains(target)) {
                found[0] = element;
            }
        });
        return found[0];
    }
}
