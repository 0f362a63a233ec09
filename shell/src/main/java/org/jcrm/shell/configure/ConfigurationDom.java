package org.jcrm.shell.configure;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jcrm.engine.cib.AttributeOrder;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.dc.StatusDocument;
import org.jcrm.shell.cibedit.Dom;
import org.w3c.dom.Element;

/**
 * Edits a working copy's configuration as a DOM tree, for the commands that move elements around
 * ({@code modgroup}) or address them by path ({@code set}): the configuration is written out, edited
 * and read back into the model, so the model's own checks apply to the result.
 */
final class ConfigurationDom {
    private ConfigurationDom() {
    }

    /**
     * Applies {@code edit} to a {@code <cib>} element holding a copy of {@code cib}'s configuration
     * (and nothing else), then makes the result {@code cib}'s configuration.
     */
    static void edit(Cib cib, Consumer<Element> edit) {
        edit(cib, edit, UnaryOperator.identity());
    }

    /**
     * As {@link #edit(Cib, Consumer)}, for an edit that changes ids: {@code renames} tells the
     * attribute order of the configuration as it was where its elements are found after the edit.
     */
    static void edit(Cib cib, Consumer<Element> edit, UnaryOperator<AttributeOrder> renames) {
        String before = "<cib>" + CibXml.elementToXml(cib.getConfiguration()) + "</cib>";
        StatusDocument doc = StatusDocument.parse(before);
        edit.accept(doc.root());
        // The DOM sorted every element's attributes by name: they get their order back.
        String after = renames.apply(AttributeOrder.of(before)).withDeclared(doc.document()).restore(doc.toXml());
        cib.setConfiguration(CibXml.parse(after, "configuration").getConfiguration());
    }

    /** The {@code <configuration>} element under a {@code <cib>} element. */
    static Element configuration(Element cib) {
        return Dom.childOrNew(cib, "configuration");
    }
}
