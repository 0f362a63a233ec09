package org.jcrm.engine.cib;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;

/**
 * The attribute storage of one element: an array of alternating names and values in order,
 * exactly as long as needed, found by a linear scan. An element has a handful of attributes and a
 * large CIB hundreds of thousands of elements, so a compact layout matters more than hashing.
 * Every insertion or removal makes a new array (so an iterator can tell that the array changed
 * under it); replacing a value writes in place.
 */
final class AttributeSlots {
    static final Object[] NONE = {};

    /**
     * Shared names without namespace, so that a large document does not hold one QName per
     * attribute occurrence. Bounded: a document inventing names keeps its own QNames beyond it.
     */
    private static final Map<String, QName> PLAIN_NAMES = new ConcurrentHashMap<>();
    private static final int MAX_SHARED_NAMES = 4096;

    private AttributeSlots() {
    }

    /** The number of attributes held. */
    static int count(Object[] slots) {
        return slots.length / 2;
    }

    /** The name slot of the attribute with this local name and no namespace, or -1. */
    static int indexOf(Object[] slots, String localName) {
        for (int i = 0; i < slots.length; i += 2) {
            QName name = (QName) slots[i];
            if (name.getLocalPart().equals(localName) && name.getNamespaceURI().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The name slot of the attribute with this qualified name, or -1. */
    static int indexOf(Object[] slots, QName key) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] == key || slots[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the attribute at this name slot (or null for -1). */
    static String valueAt(Object[] slots, int index) {
        return index < 0 ? null : (String) slots[index + 1];
    }

    /**
     * Sets the attribute at this name slot (-1: absent) to value: in place when present, appended
     * when absent, removed when value is null. Returns the array to keep (new when the set of names
     * changed).
     */
    static Object[] put(Object[] slots, int index, QName key, String value) {
        if (index >= 0) {
            if (value == null) {
                return removeAt(slots, index);
            }
            slots[index + 1] = value;
            return slots;
        }
        if (value == null) {
            return slots;
        }
        Object[] grown = Arrays.copyOf(slots, slots.length + 2);
        grown[slots.length] = share(key);
        grown[slots.length + 1] = value;
        return grown;
    }

    /** A copy without the attribute at this name slot. */
    static Object[] removeAt(Object[] slots, int index) {
        if (slots.length == 2) {
            return NONE;
        }
        Object[] shrunk = new Object[slots.length - 2];
        System.arraycopy(slots, 0, shrunk, 0, index);
        System.arraycopy(slots, index + 2, shrunk, index, slots.length - index - 2);
        return shrunk;
    }

    /** The shared QName of a name without namespace. */
    static QName plainName(String localName) {
        QName shared = PLAIN_NAMES.get(localName);
        if (shared != null) {
            return shared;
        }
        QName name = new QName(localName);
        if (PLAIN_NAMES.size() < MAX_SHARED_NAMES) {
            QName raced = PLAIN_NAMES.putIfAbsent(localName, name);
            return raced != null ? raced : name;
        }
        return name;
    }

    private static QName share(QName key) {
        boolean plain = key.getNamespaceURI().isEmpty() && key.getPrefix().isEmpty();
        return plain ? plainName(key.getLocalPart()) : key;
    }
}
