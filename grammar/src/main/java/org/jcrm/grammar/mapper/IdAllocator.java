package org.jcrm.grammar.mapper;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out element ids the way crmsh generates them: the wanted id when it is free, otherwise the
 * first free of {@code id-0}, {@code id-1}, ... When objects are mapped while the script is still
 * being read, a script id reserved after an id was generated may be that very id, which reserving
 * every script id first would have avoided: {@link #clashed()} tells.
 */
final class IdAllocator {
    /** Every id taken, mapped to whether it was generated (true) or reserved (false). */
    private final Map<String, Boolean> used = new HashMap<>(1 << 12);
    private boolean clashed;

    /** Marks an id as taken (ids already in the CIB, ids written in the script). */
    void reserve(String id) {
        if (id != null) {
            Boolean before = used.putIfAbsent(id, Boolean.FALSE);
            clashed |= before == Boolean.TRUE;
        }
    }

    boolean isUsed(String id) {
        return used.containsKey(id);
    }

    /** Takes an id made up for an element (found free with {@link #isUsed}). */
    void claim(String id) {
        used.putIfAbsent(id, Boolean.TRUE);
    }

    /** A free id derived from wanted, now taken. */
    String next(String wanted) {
        String id = wanted;
        // one look-up for a free id: taking it is the test
        for (int i = 0; used.putIfAbsent(id, Boolean.TRUE) != null; i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    /** True when an id reserved was one generated before: it would have been generated otherwise. */
    boolean clashed() {
        return clashed;
    }
}
