package org.jcrm.grammar.mapper;

import java.util.List;
import org.jcrm.engine.cib.CibElement;

/**
 * The element one crm statement builds on its own ({@link CibMapper#element}), with the objects it
 * names but does not contain: the members of a group, clone, ms or bundle (in member order), or the
 * resource a {@code monitor} line adds its op to. Nothing here says whether those objects exist.
 */
public record StatementElement(CibElement element, List<String> references) {
    public StatementElement {
        references = List.copyOf(references);
    }
}
