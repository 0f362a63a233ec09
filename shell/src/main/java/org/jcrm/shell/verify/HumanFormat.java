package org.jcrm.shell.verify;

import java.io.PrintStream;
import java.util.List;
import org.jcrm.engine.verify.Finding;

/**
 * Compiler-style lines: {@code FILE:LINE:COLUMN: error: MESSAGE [id]} for crm text, and
 * {@code FILE: error: MESSAGE [id] (XPATH)} for XML. With verbose on, a summary line follows each file.
 */
final class HumanFormat implements FindingFormat {
    private final boolean verbose;

    HumanFormat(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public void print(List<VerifiedInput> results, PrintStream out) {
        for (VerifiedInput input : results) {
            for (Finding f : input.report().findings()) {
                out.println(line(input, f));
            }
            if (verbose) {
                out.printf("%s: %d error(s), %d warning(s)%n", input.name(), input.report().errorCount(),
                        input.report().warningCount());
            }
        }
    }

    static String line(VerifiedInput input, Finding f) {
        String id = f.objectId() == null ? "" : " [" + f.objectId() + "]";
        if (input.crmText() && f.pos() != null) {
            return input.name() + ":" + f.pos().line() + ":" + f.pos().column() + ": " + f.severity().word() + ": "
                    + f.message() + id;
        }
        return input.name() + ": " + f.severity().word() + ": " + f.message() + id + " (" + f.xpath() + ")";
    }
}
