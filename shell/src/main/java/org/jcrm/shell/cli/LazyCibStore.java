package org.jcrm.shell.cli;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;

/**
 * A store found on first use: commands that never touch the CIB (help, ra, moving between levels)
 * must not start or look for a cluster. The store the supplier gives is kept for the session.
 */
final class LazyCibStore implements CibStore {
    private final Supplier<CibStore> source;
    private CibStore store;

    LazyCibStore(Supplier<CibStore> source) {
        this.source = source;
    }

    private synchronized CibStore store() {
        if (store == null) {
            store = source.get();
        }
        return store;
    }

    @Override
    public Cib current() {
        return store().current();
    }

    @Override
    public CibVersion commit(CibVersion base, Cib updated) {
        return store().commit(base, updated);
    }

    @Override
    public CibVersion commit(CibVersion base, Cib updated, String updatedXml) {
        return store().commit(base, updated, updatedXml);
    }

    @Override
    public Optional<String> storedXml() {
        return store().storedXml();
    }

    @Override
    public void subscribe(Consumer<Cib> listener) {
        store().subscribe(listener);
    }

    @Override
    public String name() {
        return store().name();
    }
}
