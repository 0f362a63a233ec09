package org.jcrm.shell.cibedit;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.AdminException;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.engine.node.dc.StatusWriter;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.StaleCibException;
import org.jcrm.engine.store.replicated.NoQuorumException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * Direct edits of a stored CIB, as {@code crm_resource} and {@code crm_attribute} make them: read
 * the CIB as a DOM tree, change it, commit at once (no working copy). Works on any {@link CibStore}:
 * a CIB file or the live cluster. When another writer committed first the edit is applied again to
 * the new CIB, so an edit must be a function of the document it is given.
 */
public final class CibEditor {
    private final CibStore store;

    public CibEditor(CibStore store) {
        this.store = store;
    }

    /** The stored CIB as a DOM tree, for reading. */
    public StatusDocument read() {
        return StatusDocument.parse(CibXml.toXml(store.current()));
    }

    /**
     * Applies {@code change} and commits the result (nothing is written when it changes nothing);
     * returns what the last application returned.
     */
    public <T> T edit(Function<StatusDocument, T> change) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            StatusWriter.keepingAttributeOrder(store).apply(doc -> result.set(change.apply(doc)));
        } catch (NoQuorumException | StaleCibException | AdminException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage(), e);
        }
        return result.get();
    }
}
