package org.jcrm.grammar.printer;

/** Thrown when {@code show} is asked for an object id the configuration does not have. */
public final class NoSuchObjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String id;

    public NoSuchObjectException(String id) {
        super("object " + id + " does not exist");
        this.id = id;
    }

    /** The id that was not found. */
    public String id() {
        return id;
    }
}
