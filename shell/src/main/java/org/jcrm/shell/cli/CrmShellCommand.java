package org.jcrm.shell.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jcrm.engine.store.CibStore;
import org.jcrm.shell.repl.Repl;
import org.jcrm.shell.repl.ScriptRunner;
import org.jcrm.shell.repl.Shell;
import org.jcrm.shell.repl.ShellContext;
import org.jline.terminal.Terminal;

/**
 * Runs the crm shell in its three modes: interactively on a terminal (no arguments), a script
 * ({@code -f FILE}, or commands piped on stdin), or one command given on the command line
 * ({@code jcrm configure show}); a leading {@code -F} is crm's force mode. The CIB is the file named
 * by {@code CIB_file}, else the file CIB of the embedded default under {@code ./.jcrm/}.
 */
public final class CrmShellCommand {
    private final Map<String, String> env;
    private final InputStream stdin;
    private boolean forced;
    private TerminalOpening terminalOpening;

    public CrmShellCommand(Map<String, String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    /**
     * Starts what running {@code args} will wait for and can get ready while the rest of jcrm starts:
     * the terminal, when they open the interactive shell.
     */
    void prepare(List<String> args) {
        if (args.isEmpty() && terminalOpening == null && System.console() != null) {
            terminalOpening = TerminalOpening.start();
        }
    }

    /** True when {@code word} starts a shell command ({@code configure}, {@code cfg}, {@code -f}, {@code -F}). */
    boolean handles(String word) {
        return word.equals("-f") || word.equals("-F") || word.equals("--force")
                || newShell(System.out, System.err, false).current().sublevel(word).isPresent();
    }

    ExitCode run(List<String> words, PrintStream out, PrintStream err) {
        // crm -F: force mode, in which questions are answered yes.
        boolean force = !words.isEmpty() && (words.get(0).equals("-F") || words.get(0).equals("--force"));
        List<String> args = force ? words.subList(1, words.size()) : words;
        if (force) {
            forced = true;
        }
        if (args.isEmpty()) {
            return System.console() != null ? interactive(out, err) : script(
                    new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "<stdin>", out, err);
        }
        if (args.get(0).equals("-f")) {
            if (args.size() != 2) {
                throw new CliException(ExitCode.USAGE, "usage: jcrm -f SCRIPT");
            }
            return scriptFile(args.get(1), out, err);
        }
        Shell shell = newShell(out, err, false);
        shell.execute(joinQuoted(args));
        shell.execute("end");
        return ExitCode.OK;
    }

    private ExitCode scriptFile(String file, PrintStream out, PrintStream err) {
        if (file.equals("-")) {
            return script(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "<stdin>", out, err);
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file))) {
            return script(reader, file, out, err);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.NO_INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private ExitCode script(BufferedReader reader, String name, PrintStream out, PrintStream err) {
        return new ScriptRunner(newShell(out, err, false)).run(reader, name);
    }

    /**
     * The REPL on this process's terminal. Opening the terminal (terminal capabilities, native access)
     * and building the shell's levels each take a good part of the time to the first prompt and do not
     * depend on each other, so the terminal opens on another thread meanwhile; the shell's output waits
     * for it only when something is printed.
     */
    private ExitCode interactive(PrintStream out, PrintStream err) {
        if (terminalOpening == null) {
            terminalOpening = TerminalOpening.start();
        }
        TerminalOpening opening = terminalOpening;
        PrintStream termOut = new PrintStream(new DeferredOutputStream(() -> opening.await().output()), true,
                StandardCharsets.UTF_8);
        Shell shell = newShell(termOut, termOut, true, opening::await);
        if (!opening.isDone()) {
            LineEditorWarmUp.reader();
        }
        try (Terminal terminal = opening.await()) {
            prepareStore(shell.context().store());
            Path history = home().resolve(".jcrm_history");
            return new Repl(shell, terminal, history).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the CIB before the user needs it. The embedded default's cluster starts (or is found) before
     * the first prompt, so its one-line note comes first; a file CIB has nothing to start and is read on
     * a background thread instead, so the prompt does not wait for XML parsing. A failure there is left
     * for the first command that uses the CIB to report.
     */
    private void prepareStore(CibStore store) {
        String cibFile = env.get("CIB_file");
        if (cibFile == null || cibFile.isEmpty()) {
            store.current();
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                store.current();
            } catch (RuntimeException e) {
                // reported again, in context, by the command that first reads the CIB
            }
        }, "jcrm-cib-preload");
        reader.setDaemon(true);
        reader.start();
    }

    /** A shell over this command's environment, not interactive (tests drive it line by line). */
    Shell newShell(PrintStream out, PrintStream err, boolean interactive) {
        return newShell(out, err, interactive, null);
    }

    private Shell newShell(PrintStream out, PrintStream err, boolean interactive, Supplier<Terminal> terminal) {
        CibStore live = new LazyCibStore(() -> {
            CibChoice.Choice cib = CibChoice.choose(env, interactive);
            if (cib.note() != null) {
                err.println(cib.note());
            }
            return cib.store();
        });
        ShellContext context = new ShellContext(out, err, interactive,
                question -> terminal != null && new YesNo(terminal.get()).ask(question), live, "live");
        context.force(forced);
        Shell shell = new Shell(context, ShellLevels.build(context, live, env, home(), () -> stdin));
        String shadow = env.get("CIB_shadow");
        if (shadow != null && !shadow.isEmpty()) {
            shell.execute("cib use " + shadow);
        }
        return shell;
    }

    /** The user's home: $HOME as the process got it (tests give their own), else the JVM's idea. */
    private Path home() {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }

    /** Re-joins command-line words into one line the shell splits again the same way. */
    static String joinQuoted(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            boolean plain = !word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"'
                    || c == '\'' || c == '\\');
            quoted.add(plain ? word : "'" + word.replace("'", "'\"'\"'") + "'");
        }
        return String.join(" ", quoted);
    }
}
