package org.jcrm.shell.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The jcrm shell running in a real pseudo-terminal: a tmux server of its own (socket in a temp dir),
 * one window running {@code java org.jcrm.shell.cli.Main} on the test classpath with the given
 * environment. Keys go in with {@code send-keys}, the screen comes back with {@code capture-pane}.
 */
final class TmuxSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern PROMPT = Pattern.compile("crm\\([^)]*\\)[a-z/]*# ?");
    private static final Pattern EMPTY_PROMPT = Pattern.compile("crm\\([^)]*\\)[a-z/]*#");
    private final Path socket;

    private TmuxSession(Path socket) {
        this.socket = socket;
    }

    /** Whether tmux is installed here. */
    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the shell with {@code env} added to a minimal environment, in directory {@code dir}. */
    static TmuxSession start(Path dir, Map<String, String> env) throws IOException, InterruptedException {
        TmuxSession session = new TmuxSession(dir.resolve("tmux.sock"));
        List<String> command = new ArrayList<>(List.of("env", "-i", "PATH=" + System.getenv("PATH"), "TERM=xterm"));
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.jcrm.shell.cli.Main"));
        String shellLine = String.join(" ", command.stream().map(TmuxSession::quote).toList());
        session.tmux("new-session", "-d", "-s", "jcrm", "-x", "160", "-y", "50", "-c", dir.toString(), shellLine);
        session.tmux("set-option", "-t", "jcrm", "remain-on-exit", "on");
        return session;
    }

    /**
     * Types {@code text} literally (no key names), presses Enter and waits, as a person does, until
     * the shell shows a new empty prompt or asks a question.
     */
    void line(String text) throws IOException, InterruptedException {
        long before = prompts(history());
        type(text);
        key("Enter");
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            String screen = history();
            List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            if (prompts(screen) > before && (EMPTY_PROMPT.matcher(last).matches() || last.endsWith("(y/n)?"))) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no new prompt after '" + text + "':\n" + screen);
            }
            Thread.sleep(50);
        }
    }

    /** Prompts and questions shown so far, in the scroll-back too. */
    private static long prompts(String screen) {
        return screen.lines().filter(l -> PROMPT.matcher(l).lookingAt() || l.contains("(y/n)?")).count();
    }

    private String history() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-S", "-", "-t", "jcrm");
    }

    /**
     * Types {@code quit} and waits until the shell has exited (history and files are written then).
     * A loaded machine now and then loses the keys typed while the line editor switches the terminal
     * mode, so the line is typed again (after clearing it) when the shell is still there.
     */
    void quit() throws IOException, InterruptedException {
        String pid = tmux("display-message", "-p", "-t", "jcrm", "#{pane_pid}").strip();
        for (int attempt = 1; ; attempt++) {
            key("C-u");
            type("quit");
            key("Enter");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(8));
            while (Instant.now().isBefore(deadline)) {
                if (exited(pid)) {
                    return;
                }
                Thread.sleep(100);
            }
            if (attempt == 4) {
                throw new AssertionError("the shell did not exit after quit:\n" + screen() + "\n" + threads());
            }
        }
    }

    /**
     * Whether the shell process has ended: tmux says so, or the process is gone or a zombie (a busy
     * tmux server reaps its panes late).
     */
    private boolean exited(String pid) throws IOException, InterruptedException {
        if (screen().contains("Pane is dead")) {
            return true;
        }
        Path stat = Path.of("/proc", pid, "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        try {
            String text = Files.readString(stat);
            return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    /** The shell's threads (jstack), to say where it hangs. */
    private String threads() {
        try {
            String pid = tmux("display-message", "-p", "-t", "jcrm", "#{pane_pid}").strip();
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(), pid)
                    .redirectErrorStream(true).start();
            return new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    /** Types {@code text} literally. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "jcrm", "-l", text);
    }

    /** Presses a named key: Enter, Tab, Up, C-d ... */
    void key(String name) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "jcrm", name);
    }

    /** The visible screen, trailing blanks trimmed. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "jcrm");
    }

    /** Waits until the screen contains {@code text}; fails with the screen when it never does. */
    String waitFor(String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        String screen = screen();
        while (!screen.contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the screen never showed '" + text + "':\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    /** The last non-blank line of the screen (where the cursor's prompt usually is). */
    String lastLine() throws IOException, InterruptedException {
        List<String> lines = screen().lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Waits until the last non-blank line is exactly {@code text} (after trimming). */
    void waitForLastLine(String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!lastLine().strip().equals(text.strip())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the last line never became '" + text + "':\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    /** Clears the tmux history and screen so later waits only see new output. */
    void clear() throws IOException, InterruptedException {
        key("C-l");
        Thread.sleep(200);
        tmux("clear-history", "-t", "jcrm");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // The shell is ended by its process id: a JVM blocked on a terminal may outlive the tmux server.
        try {
            long pid = Long.parseLong(tmux("display-message", "-p", "-t", "jcrm", "#{pane_pid}").strip());
            ProcessHandle.of(pid).ifPresent(shell -> {
                shell.descendants().forEach(ProcessHandle::destroyForcibly);
                shell.destroyForcibly();
            });
        } catch (IOException | NumberFormatException e) {
            // No pane left: the shell has exited.
        }
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // The server is already gone.
        }
        Files.deleteIfExists(socket);
    }
}
