package org.jcrm.grammar.ast;

import java.util.List;

/** {@code group ID member... [params|meta ...]}. */
public record GroupDef(String id, List<String> members, String description, List<NvSet> sets,
                       List<String> comments, SourcePos pos) implements ObjectDef {
    public GroupDef {
        members = List.copyOf(members);
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }
}
