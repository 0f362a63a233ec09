package org.jcrm.grammar.ast;

import java.util.List;

/** The operations block of a resource: an optional {@code operations $id=}/{@code $id-ref=} and its ops. */
public record Operations(String id, String idRef, List<OpDef> ops) {
    public Operations {
        ops = List.copyOf(ops);
    }
}
