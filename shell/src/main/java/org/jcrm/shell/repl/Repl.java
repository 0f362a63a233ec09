package org.jcrm.shell.repl;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive loop on a terminal: prompt, line editing, completion and history kept across runs
 * in {@code historyFile}. Errors are printed and the loop goes on; end of input leaves the shell the
 * way {@code quit} does, and a terminal that goes away leaves it at once.
 */
public final class Repl {
    private final Shell shell;
    private final Terminal terminal;
    private final Path historyFile;

    public Repl(Shell shell, Terminal terminal, Path historyFile) {
        this.shell = shell;
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    /** Reads and runs commands until quit or end of input. */
    public ExitCode run() {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jcrm")
                .completer(new ShellCompleter(shell))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        try {
            while (!shell.quitRequested()) {
                String line;
                try {
                    line = reader.readLine(shell.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    runQuietly("quit");
                    break;
                } catch (IOError e) {
                    // The terminal went away (hang-up): nobody is left to answer quit's questions.
                    break;
                }
                runQuietly(line);
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save history to " + historyFile, e);
            }
        }
        return ExitCode.OK;
    }

    private void runQuietly(String line) {
        try {
            shell.execute(line);
        } catch (CliException e) {
            shell.context().err().println("ERROR: " + e.getMessage());
            shell.context().err().flush();
        }
    }
}
