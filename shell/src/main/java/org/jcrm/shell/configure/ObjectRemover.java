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
 * Deletes one configuration object the way crmsh does. A deleted group or clone leaves the resources
 * it held in its place, and the constraints that named it name its first resource instead. A deleted
 * resource also leaves the groups, clones, constraints and tags that named it; a container left
 * empty goes silently, a constraint left without resources goes as "hanging". Returns a note for
 * every other object it changed, in crmsh's words.
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
        int at = parent.getChildren().indexOf(target);
        parent.getChildren().remove(target);
        if (!(target instanceof Resource)) {
            return notes;
        }
        List<Resource> held = isContainer(target) ? target.childrenOf(Resource.class) : List.of();
        if (!held.isEmpty()) {
            parent.getChildren().addAll(at, held);
            repoint(id, WorkingCib.idOf(held.get(0)));
            return notes;
        }
        dropReferences(id);
        dropEmptyContainer(parent);
        return notes;
    }

    private static boolean isContainer(CibElement element) {
        return element instanceof Group || element instanceof Clone || element instanceof Master;
    }

    private void dropEmptyContainer(CibElement container) {
        if (isContainer(container) && container.childrenOf(Resource.class).isEmpty()) {
            remove(WorkingCib.idOf(container));
        }
    }

    /** Makes the constraints that name {@code from} name {@code to}. */
    private void repoint(String from, String to) {
        Constraints constraints = cib.getConfiguration().getConstraints();
        if (constraints == null) {
            return;
        }
        for (Object child : constraints.getChildren()) {
            boolean changed = false;
            if (child instanceof RscLocation l && from.equals(l.getRsc())) {
                l.setRsc(to);
                changed = true;
            } else if (child instanceof RscColocation c) {
                if (from.equals(c.getRsc())) {
                    c.setRsc(to);
                    changed = true;
                }
                if (from.equals(c.getWithRsc())) {
                    c.setWithRsc(to);
                    changed = true;
                }
            } else if (child instanceof RscOrder o) {
                if (from.equals(o.getFirst())) {
                    o.setFirst(to);
                    changed = true;
                }
                if (from.equals(o.getThen())) {
                    o.setThen(to);
                    changed = true;
                }
            } else if (child instanceof RscTicket t && from.equals(t.getRsc())) {
                t.setRsc(to);
                changed = true;
            }
            if (child instanceof CibElement constraint) {
                for (ResourceSet set : constraint.childrenOf(ResourceSet.class)) {
                    for (ResourceRef ref : set.childrenOf(ResourceRef.class)) {
                        if (from.equals(ref.getId())) {
                            ref.setId(to);
                            changed = true;
                        }
                    }
                }
                if (changed) {
                    notes.add("modified " + crmName(constraint) + ":" + WorkingCib.idOf(constraint) + " from " + from
                            + " to " + to);
                }
            }
        }
    }

    private static String crmName(Object constraint) {
        return constraint instanceof RscLocation ? "location" : constraint instanceof RscColocation ? "colocation"
                : constraint instanceof RscOrder ? "order" : "rsc_ticket";
    }

    private void dropReferences(String id) {
        Constraints constraints = cib.getConfiguration().getConstraints();
        if (constraints != null) {
            for (Object child : List.copyOf(constraints.getChildren())) {
                if (child instanceof CibElement constraint && referencesAfterCleanup(constraint, id)) {
                    constraints.getChildren().remove(constraint);
                    notes.add("hanging " + crmName(constraint) + ":" + WorkingCib.idOf(constraint) + " deleted");
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
