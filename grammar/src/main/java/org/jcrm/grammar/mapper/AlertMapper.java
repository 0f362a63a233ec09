package org.jcrm.grammar.mapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcrm.engine.cib.Alert;
import org.jcrm.engine.cib.AlertAttribute;
import org.jcrm.engine.cib.AlertRecipient;
import org.jcrm.engine.cib.AlertSelect;
import org.jcrm.engine.cib.AlertSelectAttributes;
import org.jcrm.engine.cib.AlertSelectFencing;
import org.jcrm.engine.cib.AlertSelectNodes;
import org.jcrm.engine.cib.AlertSelectResources;
import org.jcrm.engine.cib.CibElement;
import org.jcrm.grammar.ast.AlertDef;
import org.jcrm.grammar.ast.AlertSelector;
import org.jcrm.grammar.ast.NvSet;
import org.jcrm.grammar.ast.SourcePos;

/**
 * Writes an {@code alert} as crmsh does: its sets, one {@code select} holding the selectors in source
 * order, and recipients with ids {@code ALERT-recipient-1}, {@code -2}, ...
 */
final class AlertMapper {
    private final IdAllocator ids;
    private final AttributeMapper attributes;

    AlertMapper(IdAllocator ids, AttributeMapper attributes) {
        this.ids = ids;
        this.attributes = attributes;
    }

    /** The alert with its attribute sets, select and recipients in document order, as crmsh writes them. */
    Alert alert(AlertDef def) {
        Alert alert = new Alert().setId(def.id()).setPath(def.path());
        alert.setDescription(def.description());
        List<Placed> parts = new ArrayList<>();
        for (NvSet set : def.sets()) {
            parts.add(new Placed(set.pos(), attributes.set(set, def.id(), AttributeMapper.elementFor(set.kind()),
                    AttributeMapper.tagFor(set.kind()))));
        }
        if (!def.selectors().isEmpty()) {
            AlertSelect select = new AlertSelect();
            for (AlertSelector selector : def.selectors()) {
                select.add(selector(selector, def.id()));
            }
            parts.add(new Placed(def.selectors().get(0).pos(), select));
        }
        int n = 1;
        for (org.jcrm.grammar.ast.AlertRecipient r : def.recipients()) {
            String id = ids.next(def.id() + "-recipient-" + n++);
            AlertRecipient recipient = new AlertRecipient().setId(id).setValue(r.value());
            recipient.setDescription(r.description());
            sets(recipient, id, r.sets());
            parts.add(new Placed(r.pos(), recipient));
        }
        parts.sort(Comparator.comparingInt((Placed p) -> p.pos().line()).thenComparingInt(p -> p.pos().column()));
        for (Placed part : parts) {
            alert.add(part.element());
        }
        return alert;
    }

    /** A part of an alert and where its clause starts. */
    private record Placed(SourcePos pos, CibElement element) {
    }

    private CibElement selector(AlertSelector selector, String alertId) {
        return switch (selector.kind()) {
            case "nodes" -> new AlertSelectNodes();
            case "fencing" -> new AlertSelectFencing();
            case "resources" -> new AlertSelectResources();
            default -> {
                AlertSelectAttributes names = new AlertSelectAttributes();
                for (String name : selector.attributes()) {
                    names.add(new AlertAttribute().setId(ids.next(alertId)).setName(name));
                }
                yield names;
            }
        };
    }

    private void sets(CibElement owner, String ownerId, List<NvSet> sets) {
        for (NvSet set : sets) {
            owner.add(attributes.set(set, ownerId, AttributeMapper.elementFor(set.kind()),
                    AttributeMapper.tagFor(set.kind())));
        }
    }
}
