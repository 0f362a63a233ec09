package org.jcrm.engine.node;

/** A request to a node's admin socket failed: the node is not running or refused the request. */
public class AdminException extends RuntimeException {
    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
