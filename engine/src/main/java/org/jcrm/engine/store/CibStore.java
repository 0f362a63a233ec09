package org.jcrm.engine.store;

import java.util.Optional;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;

/**
 * Where a CIB lives: a file for the command line, the replicated store on a cluster node, memory in
 * tests. {@link #current()} returns a private copy the caller may change; {@link #commit} replaces
 * the stored CIB only when nobody committed since {@code base} was read, so a commit is all or nothing.
 */
public interface CibStore {

    /** A fresh copy of the stored CIB. */
    Cib current();

    /**
     * Stores {@code updated} as the next version after {@code base}: its epoch becomes base's + 1.
     *
     * @return the version written
     * @throws StaleCibException when the stored CIB is no longer at base's version
     */
    CibVersion commit(CibVersion base, Cib updated);

    /**
     * As {@link #commit(CibVersion, Cib)}, given also {@code updatedXml}: what
     * {@link org.jcrm.engine.cib.CibXml#toXml(Cib)} gives for {@code updated} before this commit stamps
     * its version (null when not at hand). A store that keeps text may write it instead of writing the
     * CIB out again; others ignore it.
     */
    default CibVersion commit(CibVersion base, Cib updated, String updatedXml) {
        return commit(base, updated);
    }

    /** Calls {@code listener} with each newly committed CIB, which listeners must treat as read-only. */
    void subscribe(Consumer<Cib> listener);

    /**
     * The stored CIB as XML text, for readers that only print it and need no model; empty when the
     * store cannot give its text more cheaply than {@link #current()} builds the model.
     */
    default Optional<String> storedXml() {
        return Optional.empty();
    }

    /** A short name for messages and prompts, e.g. the file name or "live". */
    String name();
}
