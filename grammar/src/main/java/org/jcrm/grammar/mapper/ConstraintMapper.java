package org.jcrm.grammar.mapper;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.engine.cib.ResourceRef;
import org.jcrm.engine.cib.ResourceSet;
import org.jcrm.grammar.ast.Bracket;
import org.jcrm.grammar.ast.ConstraintItem;
import org.jcrm.grammar.ast.SetOption;

/**
 * Turns a constraint's resource list into resource_set elements as crmsh does: a bracket opens a
 * non-sequential set ({@code [ ]} also not require-all), a change of role or action starts a new
 * set, and sets are numbered {@code ID-0}, {@code ID-1}, ...
 */
final class ConstraintMapper {
    private final IdAllocator ids;

    ConstraintMapper(IdAllocator ids) {
        this.ids = ids;
    }

    /** True when the list is just count plain references (the simple constraint form). */
    static boolean isSimple(List<ConstraintItem> items, int count) {
        return items.size() == count && items.stream().allMatch(i -> i instanceof org.jcrm.grammar.ast.ResourceRef);
    }

    void sets(List<ConstraintItem> items, String constraintId, String qualifierAttribute, CibElement owner) {
        SetBuilder builder = new SetBuilder(constraintId, qualifierAttribute, owner);
        for (ConstraintItem item : items) {
            if (item instanceof org.jcrm.grammar.ast.ResourceSet set) {
                builder.save();
                builder.open(set.bracket());
                for (ConstraintItem member : set.members()) {
                    builder.item(member);
                }
                builder.save();
                builder.close();
            } else {
                builder.item(item);
            }
        }
        builder.save();
    }

    private final class SetBuilder {
        private final String constraintId;
        private final String qualifierAttribute;
        private final CibElement owner;
        private final List<String> refs = new ArrayList<>();
        private String qualifier;
        private boolean sequential = true;
        private boolean requireAll = true;
        private int index;

        SetBuilder(String constraintId, String qualifierAttribute, CibElement owner) {
            this.constraintId = constraintId;
            this.qualifierAttribute = qualifierAttribute;
            this.owner = owner;
        }

        void open(Bracket bracket) {
            sequential = false;
            requireAll = bracket != Bracket.SQUARE;
        }

        void close() {
            sequential = true;
            requireAll = true;
        }

        void item(ConstraintItem item) {
            if (item instanceof SetOption option) {
                boolean value = option.value().matches("(?i)true|yes|on|y|1");
                if (option.name().equals("sequential")) {
                    sequential = value;
                } else {
                    requireAll = value;
                }
                return;
            }
            org.jcrm.grammar.ast.ResourceRef ref = (org.jcrm.grammar.ast.ResourceRef) item;
            String q = ref.qualifier() == null ? "" : ref.qualifier();
            if (!refs.isEmpty() && !q.equals(qualifier == null ? "" : qualifier)) {
                save();
            }
            qualifier = ref.qualifier();
            refs.add(ref.id());
        }

        void save() {
            if (refs.isEmpty()) {
                return;
            }
            ResourceSet set = new ResourceSet();
            if (!requireAll) {
                set.setRequireAll("false");
            }
            if (!sequential) {
                set.setSequential("false");
            }
            if (qualifier != null) {
                if (qualifierAttribute.equals("role")) {
                    set.setRole(qualifier);
                } else {
                    set.setAction(qualifier);
                }
            }
            String id = constraintId + "-" + index++;
            while (ids.isUsed(id)) {
                id = constraintId + "-" + index++;
            }
            ids.claim(id);
            set.setId(id);
            for (String ref : refs) {
                set.add(new ResourceRef().setId(ref));
            }
            owner.add(set);
            refs.clear();
            qualifier = null;
        }
    }
}
