package org.jcrm.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * Runs a crm script (a file given with {@code -f}, or a pipe) through the shell, one command per
 * line, with {@code \} continuation lines joined. It stops at the first failing line, names that
 * line, and leaves uncommitted changes uncommitted, so a broken script changes nothing it had not
 * committed explicitly.
 */
public final class ScriptRunner {
    private final Shell shell;

    public ScriptRunner(Shell shell) {
        this.shell = shell;
    }

    /** Runs every line of {@code script}; {@code name} is how messages refer to it. */
    public ExitCode run(BufferedReader script, String name) {
        StringBuilder pending = new StringBuilder();
        int lineNo = 0;
        int startLine = 0;
        try {
            String line;
            while ((line = script.readLine()) != null) {
                lineNo++;
                if (pending.length() == 0) {
                    startLine = lineNo;
                }
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                pending.append(line);
                String command = pending.toString();
                pending.setLength(0);
                if (!runLine(command, name, startLine)) {
                    return ExitCode.ERROR;
                }
                if (shell.quitRequested()) {
                    return ExitCode.OK;
                }
            }
            if (pending.length() > 0 && !runLine(pending.toString(), name, startLine)) {
                return ExitCode.ERROR;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return finish(name, lineNo);
    }

    private boolean runLine(String command, String name, int line) {
        try {
            shell.execute(command);
            return true;
        } catch (CliException e) {
            shell.context().err().println(name + ":" + line + ": error: " + e.getMessage());
            return false;
        }
    }

    /** Leaves every level at the end of the script, so configure commits what the script changed. */
    private ExitCode finish(String name, int lastLine) {
        try {
            shell.execute("end");
            return ExitCode.OK;
        } catch (CliException e) {
            shell.context().err().println(name + ":" + lastLine + ": error: " + e.getMessage());
            return e.exitCode() == ExitCode.OK ? ExitCode.ERROR : e.exitCode();
        }
    }
}
