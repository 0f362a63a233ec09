package org.jcrm.shell.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One top-level jcrm command (`jcrm NAME ARGS...`). Implementations write results to {@code out},
 * throw {@link CliException} to fail, and return the exit code on success paths that are not plain OK
 * (for example verify's findings).
 */
public interface Command {
    /** The word that selects this command on the command line. */
    String name();

    /** One line for the usage summary. */
    String summary();

    /** Runs the command with the words after its name. */
    ExitCode run(List<String> args, PrintStream out, PrintStream err);
}
