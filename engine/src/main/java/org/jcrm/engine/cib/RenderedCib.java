package org.jcrm.engine.cib;

import org.w3c.dom.Document;

/**
 * A CIB written out once as both its XML text (as {@link CibXml#toXml(Cib)} writes it) and the DOM of
 * that text, so that a check needing both does not parse what was just written.
 */
public record RenderedCib(String xml, Document document) {
}
