package org.jcrm.shell.configure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.RenderedCib;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.VerifyReport;
import org.jcrm.shell.verify.VerifyCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a working copy with {@code jcrm verify}'s rules before it is committed, and reports the
 * findings as the shell prints them: {@code ERROR: message [object-id]} and {@code WARNING: ...}. The
 * copy is written once into both its text and its DOM, which verify reads without a file; the text is
 * kept for the store to write as it is.
 */
final class ConfigCheck {
    /**
     * What verify found: error and warning lines, each naming its object id; {@code xml} is the checked
     * CIB's whole text as {@link CibXml#toXml(Cib)} writes it.
     */
    record Result(List<String> errors, List<String> warnings, String xml) {
        boolean clean() {
            return errors.isEmpty() && warnings.isEmpty();
        }

        void print(PrintStream out) {
            errors.forEach(out::println);
            warnings.forEach(out::println);
        }
    }

    private final VerifyCommand verify;

    ConfigCheck(VerifyCommand verify) {
        this.verify = verify;
    }

    /**
     * The findings a change brings: those of {@code updated} that {@code stored} does not have
     * already. As crmsh checks only the objects a commit changes, problems the stored CIB had before
     * do not stop a commit that does not touch them.
     */
    Result checkChange(Cib stored, Cib updated) {
        boolean neverRan = stored.getStatus() == null || stored.getStatus().nodeStates().isEmpty();
        Result before = check(stored, neverRan);
        Result after = check(updated, neverRan);
        return new Result(after.errors().stream().filter(e -> !before.errors().contains(e)).toList(),
                after.warnings().stream().filter(w -> !before.warnings().contains(w)).toList(), after.xml());
    }

    Result check(Cib cib) {
        return check(cib, false);
    }

    /**
     * With {@code configurationOnly}, for a CIB whose status section records no node (a CIB file, a
     * shadow copied from one): verify judges its DOM without that section, so that its nodes do not
     * count as "never seen by the cluster", which only a running cluster can say. The text keeps the
     * section, as the store writes it: the schema accepts anything there.
     */
    private Result check(Cib cib, boolean configurationOnly) {
        RenderedCib rendered = CibXml.render(cib);
        Document document = rendered.document();
        if (configurationOnly) {
            Element status = CibDocument.child(document.getDocumentElement(), "status");
            if (status != null) {
                document.getDocumentElement().removeChild(status);
            }
        }
        VerifyReport report = verify.verify(new CibDocument(document, rendered.xml()));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            String line = f.message() + (f.objectId() == null ? "" : " [" + f.objectId() + "]");
            if (f.xpath() == null || !f.xpath().startsWith("/") || f.xpath().contains(" ")) {
                // only a plain XPath goes unsaid (the id names the object); anything else may explain
                line += " (" + f.xpath() + ")";
            }
            if (f.isError()) {
                errors.add("ERROR: " + line);
            } else {
                warnings.add("WARNING: " + line);
            }
        }
        return new Result(errors, warnings, rendered.xml());
    }
}
