package org.jcrm.shell.configure;

import java.util.List;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;

/**
 * Applies crm configuration text to a CIB: parse, then map onto the configuration with crmsh's
 * {@code update} (objects replaced by id, others added) or {@code replace} (configuration replaced)
 * meaning. Implementations change {@code target} only when the whole text is valid.
 */
public interface ConfigText {
    /**
     * @param source how errors name the text (a file name, {@code <stdin>}, {@code <input>})
     * @throws org.jcrm.shell.cli.CliException naming source, line and column on any error
     */
    void apply(Cib target, String text, String source, boolean replace);

    /**
     * The edit that {@link #apply} makes, with the text's parsing allowed to start now, before the edit
     * runs: a large load then parses while the working copy is read. Errors are raised when the edit
     * runs, as {@link #apply} raises them; or the edit throws {@link EditAgain}, having perhaps changed
     * its CIB, when {@link #apply} must make it on an unchanged copy.
     */
    default Consumer<Cib> prepare(String text, String source, boolean replace) {
        return cib -> apply(cib, text, source, replace);
    }

    /** The ids of the objects {@code text} defines, in order; fails like {@link #apply} on bad text. */
    List<String> ids(String text, String source);

    /** The crm text of the whole configuration (crmsh's {@code show}). */
    String show(Cib cib);

    /**
     * The crm text of the CIB XML document {@code cibXml} (all of it when {@code specs} is empty),
     * printed straight from the XML for speed.
     */
    String showXmlText(String cibXml, List<String> specs);

    /** The crm text of these objects; fails naming an id that does not exist. */
    String show(Cib cib, List<String> ids);
}
