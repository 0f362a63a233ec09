package org.jcrm.engine.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each configuration object was written in a crm text file, keyed by object id. The crm text path
 * fills it from the parser's AST; XML input has an empty map and reports XPaths instead.
 */
public final class SourceMap {
    private final Map<String, SourcePos> positions = new HashMap<>();

    /** An empty map, for XML input. */
    public static SourceMap empty() {
        return new SourceMap();
    }

    /** Records where the object {@code id} starts; the first position given for an id wins. */
    public SourceMap put(String id, SourcePos pos) {
        positions.putIfAbsent(id, pos);
        return this;
    }

    /** Where {@code id} was written, if known. */
    public Optional<SourcePos> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(positions.get(id));
    }
}
