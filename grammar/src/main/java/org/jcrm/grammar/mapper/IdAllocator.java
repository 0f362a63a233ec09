package org.jcrm.grammar.mapper;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out element ids the way crmsh generates them: the wanted id when it is free, otherwise the
 * first free of {@code id-0}, {@code id-1}, ...
 */
final class IdAllocator {
    private final Set<String> used = new HashSet<>();

    /** Marks an id as taken (ids already in the CIB, ids written in the script). */
    void reserve(String id) {
        if (id != null) {
            used.add(id);
        }
    }

    boolean isUsed(String id) {
        return used.contains(id);
    }

    /** A free id derived from wanted, now taken. */
    String next(String wanted) {
        String id = wanted;
        for (int i = 0; used.contains(id); i++) {
            id = wanted + "-" + i;
        }
        used.add(id);
        return id;
    }
}
