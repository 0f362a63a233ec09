package org.jcrm.shell.configure;

import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.node.dc.StatusDocument;
import org.w3c.dom.Element;

/**
 * Edits a working copy's configuration as a DOM tree, for the commands that move elements around
 * ({@code modgroup}) or address them by path ({@code set}): the configuration is written out, edited
 * and read back into the model, so the model's own checks apply to the result.
 */
final class ConfigurationDom {
    private ConfigurationDom() {
    }

    /** Applies {@code edit} to the {@code <configuration>} element of {@code cib}. */
    static void edit(Cib cib, Consumer<Element> edit) {
        StatusDocument doc = StatusDocument.parse(CibXml.elementToXml(cib.getConfiguration()));
        edit.accept(doc.root());
        cib.setConfiguration(CibXml.parseElement(doc.toXml(), "configuration", Configuration.class));
    }
}
