package org.jcrm.engine.cib;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * A live map view of one element's attributes, in their order: document order after reading,
 * first-set order when built in code. Putting an existing name replaces the value in place;
 * putting a null value removes the name. The view holds no attributes itself (they stay in the
 * element's {@link AttributeSlots}), so it costs nothing to keep per element.
 */
final class AttributeMap extends AbstractMap<QName, String> {
    private final CibElement owner;

    AttributeMap(CibElement owner) {
        this.owner = owner;
    }

    @Override
    public int size() {
        return AttributeSlots.count(owner.attributeSlots());
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof QName name && AttributeSlots.indexOf(owner.attributeSlots(), name) >= 0;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof QName name)) {
            return null;
        }
        Object[] slots = owner.attributeSlots();
        return AttributeSlots.valueAt(slots, AttributeSlots.indexOf(slots, name));
    }

    /** Replaces the value in place when the name is present, else appends; a null value removes. */
    @Override
    public String put(QName key, String value) {
        Objects.requireNonNull(key, "attribute name");
        Object[] slots = owner.attributeSlots();
        int index = AttributeSlots.indexOf(slots, key);
        String previous = AttributeSlots.valueAt(slots, index);
        owner.attributeSlots(AttributeSlots.put(slots, index, key, value));
        return previous;
    }

    @Override
    public String remove(Object key) {
        return key instanceof QName name ? put(name, null) : null;
    }

    @Override
    public void clear() {
        owner.attributeSlots(AttributeSlots.NONE);
    }

    @Override
    public Set<Entry<QName, String>> entrySet() {
        return new EntrySet();
    }

    /** The entries in order; its iterator removes and its entries set values, through to the element. */
    private final class EntrySet extends AbstractSet<Entry<QName, String>> {
        @Override
        public int size() {
            return AttributeMap.this.size();
        }

        @Override
        public Iterator<Entry<QName, String>> iterator() {
            return new Iterator<>() {
                private Object[] seen = owner.attributeSlots();
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < seen.length;
                }

                @Override
                public Entry<QName, String> next() {
                    checkUnchanged();
                    if (next >= seen.length) {
                        throw new NoSuchElementException();
                    }
                    last = next;
                    next += 2;
                    return new Slot(seen, last);
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException("next() was not called");
                    }
                    checkUnchanged();
                    seen = AttributeSlots.removeAt(seen, last);
                    owner.attributeSlots(seen);
                    next = last;
                    last = -1;
                }

                private void checkUnchanged() {
                    if (seen != owner.attributeSlots()) {
                        throw new ConcurrentModificationException();
                    }
                }
            };
        }
    }

    /** One entry seen through the iterator; setting its value writes through to the element. */
    private static final class Slot implements Entry<QName, String> {
        private final Object[] slots;
        private final int index;

        Slot(Object[] slots, int index) {
            this.slots = slots;
            this.index = index;
        }

        @Override
        public QName getKey() {
            return (QName) slots[index];
        }

        @Override
        public String getValue() {
            return (String) slots[index + 1];
        }

        @Override
        public String setValue(String value) {
            String previous = getValue();
            slots[index + 1] = Objects.requireNonNull(value, "attribute value");
            return previous;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry<?, ?> entry && getKey().equals(entry.getKey())
                    && getValue().equals(entry.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ getValue().hashCode();
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
