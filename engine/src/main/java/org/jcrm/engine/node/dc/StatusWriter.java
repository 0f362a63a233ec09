package org.jcrm.engine.node.dc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;

/**
 * Applies edits to the live CIB through its store: reads the current CIB, edits it as a DOM tree and
 * commits; when someone else committed meanwhile, it reads again and re-applies the edit. Remembers
 * the versions it wrote so that its owner can tell its own changes from others'.
 */
public final class StatusWriter {
    private static final int ATTEMPTS = 20;

    private final CibStore store;
    private final boolean keepAttributeOrder;
    private final Set<CibVersion> written = ConcurrentHashMap.newKeySet();

    public StatusWriter(CibStore store) {
        this(store, false);
    }

    private StatusWriter(CibStore store, boolean keepAttributeOrder) {
        this.store = store;
        this.keepAttributeOrder = keepAttributeOrder;
    }

    /**
     * A writer whose commits give every element its attributes in the order the CIB had them (the DOM
     * the edit works on sorts them by name), at the cost of two more passes over the document: for
     * an admin's edits, which write the configuration back as it was written.
     */
    public static StatusWriter keepingAttributeOrder(CibStore store) {
        return new StatusWriter(store, true);
    }

    /** Commits {@code edit} applied to the current CIB (nothing when it changes nothing). */
    public CibVersion apply(Consumer<StatusDocument> edit) {
        StaleCibException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Cib cib = store.current();
            CibVersion base = CibVersion.of(cib);
            String before = CibXml.toXml(cib);
            StatusDocument doc = StatusDocument.parse(before);
            String unchanged = doc.toXml();
            edit.accept(doc);
            String after = doc.toXml();
            if (after.equals(unchanged)) {
                return base;
            }
            // Listeners hear of a commit before it returns: register the version it will get first.
            CibVersion expected = base.nextEpoch();
            written.add(expected);
            try {
                String ordered = keepAttributeOrder ? AttributeOrder.of(before).withDeclared(doc.document()).restore(after) : after;
                CibVersion v = store.commit(base, CibXml.parse(ordered, store.name()));
                written.add(v);
                return v;
            } catch (StaleCibException e) {
                written.remove(expected);
                last = e;
            } catch (RuntimeException e) {
                written.remove(expected);
                throw e;
            }
        }
        throw last;
    }

    /** Whether {@code version} was committed by this writer. */
    public boolean wrote(CibVersion version) {
        return written.contains(version);
    }
}
