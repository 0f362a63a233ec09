package org.jcrm.grammar.mapper;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out element ids the way crmsh generates them: the wanted id when it is free, otherwise the
 * first free of {@code id-0}, {@code id-1}, ... When objects are mapped while the script is still
 * being read, a script id reserved after an id was generated may be that very id, which reserving
 * every script id first would have avoided: {@link #clashed()} tells.
 */
final class IdAllocator {
    private final Set<String> used = new HashSet<>();
    private final Set<String> generated = new HashSet<>();
    private boolean clashed;

    /** Marks an id as taken (ids already in the CIB, ids written in the script). */
    void reserve(String id) {
        if (id != null) {
            clashed |= generated.contains(id);
            used.add(id);
        }
    }

    boolean isUsed(String id) {
        return used.contains(id);
    }

    /** Takes an id made up for an element (found free with {@link #isUsed}). */
    void claim(String id) {
        used.add(id);
        generated.add(id);
    }

    /** A free id derived from wanted, now taken. */
    String next(String wanted) {
        String id = wanted;
        for (int i = 0; used.contains(id); i++) {
            id = wanted + "-" + i;
        }
        claim(id);
        return id;
    }

    /** True when an id reserved was one generated before: it would have been generated otherwise. */
    boolean clashed() {
        return clashed;
    }
}
