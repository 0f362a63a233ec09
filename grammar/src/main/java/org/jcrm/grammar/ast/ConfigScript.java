package org.jcrm.grammar.ast;

import java.util.List;

/** A parsed crm script: its objects in source order. */
public record ConfigScript(List<ObjectDef> objects) {
    public ConfigScript {
        objects = List.copyOf(objects);
    }
}
