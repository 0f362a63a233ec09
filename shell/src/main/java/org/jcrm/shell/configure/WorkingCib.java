package org.jcrm.shell.configure;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibElement;
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
 * the whole edit succeeded, so a failing command leaves the working copy as it was.
 */
public final class WorkingCib {
    private final CibStore store;
    private Cib base;
    private String baseConfiguration;
    private Cib work;

    public WorkingCib(CibStore store) {
        this.store = store;
        refresh();
    }

    /** The copy being edited (callers must not keep it across edits). */
    public Cib cib() {
        return work;
    }

    /** The store this copy commits to. */
    public CibStore store() {
        return store;
    }

    /** True when the configuration differs from what was read from the store. */
    public boolean dirty() {
        return !configurationXml(work).equals(baseConfiguration);
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
        Cib scratch = copy(work);
        change.accept(scratch);
        work = scratch;
    }

    /** Stores the working copy; returns the version written. */
    public CibVersion commit() {
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
        return configurationXml(work);
    }

    /** The XML of the objects with these ids, in the order given. */
    public String objectsXml(List<String> ids) {
        StringBuilder xml = new StringBuilder();
        for (String id : ids) {
            CibElement element = work.findById(id).orElseThrow(() -> noSuchObject(id));
            xml.append(CibXml.elementToXml(element));
        }
        return xml.toString();
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
