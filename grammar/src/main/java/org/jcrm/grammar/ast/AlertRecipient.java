package org.jcrm.grammar.ast;

import java.util.List;

/** {@code to [{] value [description=] [attributes|meta ...] [}]}. */
public record AlertRecipient(String value, String description, List<NvSet> sets, SourcePos pos) {
    public AlertRecipient {
        sets = List.copyOf(sets);
    }
}
