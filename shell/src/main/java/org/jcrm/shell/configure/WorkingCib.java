package org.jcrm.shell.configure;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.cib.Identified;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.FileCibStore;
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
    private Cib base;
    private String baseConfiguration;
    private Cib work;

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
        if (loaded() || !(store instanceof FileCibStore file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.exists(file.file()) ? Files.readString(file.file()) : CibXml.toXml(Cib.empty()));
        } catch (IOException e) {
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
        return loaded() && !configurationXml(work).equals(baseConfiguration);
    }

    /** Re-reads the store, dropping uncommitted changes. */
    public void refresh() {
        base = store.current();
        baseConfiguration = configurationXml(base);
        work = copy(base);
    }

    /**
     * Applies an edit to a scratch copy and keeps the result only when the edit returns normally.
     */
    public void edit(java.util.function.Consumer<Cib> change) {
        load();
        Cib scratch = copy(work);
        change.accept(scratch);
        work = scratch;
    }

    /** Stores the working copy; returns the version written. */
    public CibVersion commit() {
        load();
        CibVersion written = store.commit(CibVersion.of(base), copy(work));
        refresh();
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
