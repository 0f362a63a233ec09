package org.jcrm.shell.verify;

import java.io.PrintStream;
import java.util.List;

/** One way of printing verify's findings: human lines, JSON or SARIF. */
interface FindingFormat {
    /** Prints the findings of every input, in input order. */
    void print(List<VerifiedInput> results, PrintStream out);
}
