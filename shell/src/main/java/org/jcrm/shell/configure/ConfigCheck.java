package org.jcrm.shell.configure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.RenderedCib;
import org.jcrm.engine.cib.Status;
import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Finding;
import org.jcrm.engine.verify.VerifyReport;
import org.jcrm.shell.verify.VerifyCommand;

/**
 * Checks a working copy with {@code jcrm verify}'s rules before it is committed, and reports the
 * findings as the shell prints them: {@code ERROR: message [object-id]} and {@code WARNING: ...}. The
 * copy is written once into both its text and its DOM, which verify reads without a file.
 */
final class ConfigCheck {
    /** What verify found: error and warning lines, each naming its object id. */
    record Result(List<String> errors, List<String> warnings) {
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
        Result before = neverRan ? checkConfigurationOnly(stored) : check(stored);
        Result after = neverRan ? checkConfigurationOnly(updated) : check(updated);
        return new Result(after.errors().stream().filter(e -> !before.errors().contains(e)).toList(),
                after.warnings().stream().filter(w -> !before.warnings().contains(w)).toList());
    }

    /**
     * A CIB whose status section records no node (a CIB file, a shadow copied from one) holds a
     * configuration only: verify judges it without that section, so that its nodes do not count as
     * "never seen by the cluster", which only a running cluster can say. The section is taken out
     * only while the CIB is written for verify and put back at its place: copying a large CIB would
     * cost more than the check itself.
     */
    private Result checkConfigurationOnly(Cib cib) {
        List<Object> children = cib.getChildren();
        int at = indexOfStatus(children);
        if (at < 0) {
            return check(cib);
        }
        Object status = children.remove(at);
        try {
            return check(cib);
        } finally {
            children.add(at, status);
        }
    }

    private static int indexOfStatus(List<Object> children) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Status) {
                return i;
            }
        }
        return -1;
    }

    Result check(Cib cib) {
        RenderedCib rendered = CibXml.render(cib);
        VerifyReport report = verify.verify(new CibDocument(rendered.document(), rendered.xml()));
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
        return new Result(errors, warnings);
    }
}
