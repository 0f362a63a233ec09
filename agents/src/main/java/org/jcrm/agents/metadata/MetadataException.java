package org.jcrm.agents.metadata;

/** Meta-data text that is not a well-formed resource-agent document; the message says where. */
public class MetadataException extends Exception {
    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }

    public MetadataException(String message) {
        super(message);
    }
}
