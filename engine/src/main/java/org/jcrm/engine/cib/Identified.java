package org.jcrm.engine.cib;

/** A CIB element that carries an {@code id} attribute (null when the element has none). */
public interface Identified {
    /** The id attribute as written, or null when absent. */
    String getId();
}
