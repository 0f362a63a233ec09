package org.jcrm.engine.store;

/**
 * A commit was refused because the stored CIB changed after the working copy was read; nothing was
 * written. The caller re-reads, re-applies its change and commits again.
 */
public class StaleCibException extends RuntimeException {
    public StaleCibException(String store, CibVersion base, CibVersion stored) {
        super("the CIB in " + store + " changed since it was read (read " + base + ", now " + stored
                + "); nothing was committed: refresh and apply the change again");
    }
}
