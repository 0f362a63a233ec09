package org.jcrm.shell.configure;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.Identified;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The configure level's working copy of a CIB: edits change the copy only, {@link #commit()} stores
 * it, {@link #refresh()} throws it away. Every edit is made on a scratch copy first and kept only when
 * the whole edit succeeded, so a failing command leaves the working copy as it was. The store is read
 * on first use, so commands that only print the stored CIB never build the model.
 */
public final class WorkingCib {
    private final CibStore store;
    private CibVersion baseVersion;
    private String baseConfiguration;
    private Cib work;
    private boolean edited;

    public WorkingCib(CibStore store) {
        this.store = store;
    }

    /** The copy being edited (callers must not keep it across edits). */
    public Cib cib() {
        load();
        return work;
    }

    /** True once the store was read (by an edit, a show of the model, a commit ...). */
    public boolean loaded() {
        return work != null;
    }

    /**
     * The stored CIB as XML text, read without building the model, for printing an untouched working
     * copy; empty when the store cannot give its text (then callers use {@link #cib()}).
     */
    public Optional<String> storedXml() {
        if (loaded()) {
            return Optional.empty();
        }
        try {
            return store.storedXml();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private void load() {
        if (work == null) {
            refresh();
        }
    }

    /** The store this copy commits to. */
    public CibStore store() {
        return store;
    }

    /** True when the configuration differs from what was read from the store. */
    public boolean dirty() {
        if (!loaded() || !edited) {
            return false;
        }
        Configuration configuration = work.getConfiguration();
        return configuration == null ? !baseConfiguration.isEmpty()
                : !CibXml.hasXml(configuration, baseConfiguration);
    }

    /** Re-reads the store, dropping uncommitted changes. */
    public void refresh() {
        // The store's current() is already a private copy: it becomes the working copy as it is.
        Cib fresh = store.current();
        baseVersion = CibVersion.of(fresh);
        baseConfiguration = configurationXml(fresh);
        work = fresh;
        edited = false;
    }

    /**
     * Applies an edit to a scratch copy and keeps the result only when the edit returns normally.
     */
    public void edit(java.util.function.Consumer<Cib> change) {
        load();
        Cib scratch = copy(work);
        change.accept(scratch);
        work = scratch;
        edited = true;
    }

    /**
     * As {@link #edit(java.util.function.Consumer)}; when {@code change} throws {@link EditAgain}, the
     * edit is made with {@code again} on a fresh scratch copy instead.
     */
    void edit(java.util.function.Consumer<Cib> change, java.util.function.Consumer<Cib> again) {
        try {
            edit(change);
        } catch (EditAgain e) {
            edit(again);
        }
    }

    /**
     * Stores the working copy; returns the version written. The copy is handed to the store as it is
     * (the store stamps its version on it) and the store is read again only on next use: a one-shot
     * command on a large CIB then neither copies it again nor reads back what it just wrote.
     */
    public CibVersion commit() {
        return commit(null);
    }

    /**
     * As {@link #commit()}, given the working copy's XML text as {@link CibXml#toXml(Cib)} writes it now
     * (from a check just made; null when not at hand), which the store may write as it is.
     */
    public CibVersion commit(String workXml) {
        load();
        CibVersion written = store.commit(baseVersion, work, workXml);
        baseVersion = null;
        baseConfiguration = null;
        work = null;
        return written;
    }

    /** Removes the objects with these ids; fails naming the first id that does not exist. */
    public List<String> delete(List<String> ids) {
        List<String> notes = new ArrayList<>();
        edit(cib -> {
            for (String id : ids) {
                notes.addAll(new ObjectRemover(cib).remove(id));
            }
        });
        return notes;
    }

    /** The configuration section as XML, for {@code show xml}. */
    public String configurationXml() {
        return configurationXml(cib());
    }

    static CliException noSuchObject(String id) {
        return new CliException(ExitCode.DATA_ERROR, "object " + id + " does not exist");
    }

    private static String configurationXml(Cib cib) {
        Configuration configuration = cib.getConfiguration();
        return configuration == null ? "" : CibXml.elementToXml(configuration);
    }

    static Cib copy(Cib cib) {
        return CibXml.parse(CibXml.toXml(cib), "working copy");
    }

    static String idOf(Object element) {
        return element instanceof Identified identified ? identified.getId() : null;
    }
}
