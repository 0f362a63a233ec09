package org.jcrm.shell.repl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The crm shell's command interpreter, shared by the REPL, scripts and the command line: a stack of
 * levels, the navigation words (cd, up, end, quit, help) and dispatch of one line to the current
 * level's command.
 */
public final class Shell {
    private final ShellContext context;
    private final Deque<Level> levels = new ArrayDeque<>();
    private boolean quit;

    public Shell(ShellContext context, Level root) {
        this.context = context;
        this.levels.push(root);
    }

    public ShellContext context() {
        return context;
    }

    /** The level commands run in now. */
    public Level current() {
        return levels.peek();
    }

    /** True once the user asked to leave the shell. */
    public boolean quitRequested() {
        return quit;
    }

    /** The prompt crmsh shows: {@code crm(live)configure# }. */
    public String prompt() {
        List<String> names = new ArrayList<>();
        levels.descendingIterator().forEachRemaining(level -> {
            if (!level.name().isEmpty()) {
                names.add(level.name());
            }
        });
        return "crm(" + context.cibName() + ")" + String.join("/", names) + "# ";
    }

    /**
     * Runs one command line.
     *
     * @throws CliException when the command fails; the shell stays usable
     */
    public void execute(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        List<String> words;
        try {
            words = Words.split(trimmed);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        if (words.isEmpty()) {
            return;
        }
        execute(words, trimmed);
    }

    private void execute(List<String> words, String line) {
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        switch (first) {
            case "quit", "exit", "bye" -> {
                leaveAll();
                quit = true;
            }
            case "up", ".." -> up();
            case "end", "cd" -> {
                if (first.equals("cd") && !rest.isEmpty()) {
                    cd(rest.get(0));
                } else {
                    leaveAll();
                }
            }
            case "help", "?" -> help(rest);
            default -> dispatch(first, rest, words, line);
        }
    }

    private void dispatch(String first, List<String> rest, List<String> words, String line) {
        Optional<LevelCommand> command = current().command(first);
        if (command.isPresent()) {
            command.get().run(context, rest, line.substring(Math.min(line.length(), line.indexOf(first) + first.length())).strip());
            return;
        }
        Optional<Level> sub = current().sublevel(first);
        if (sub.isPresent()) {
            levels.push(sub.get());
            if (!rest.isEmpty()) {
                // `configure show` runs one command in the sublevel and comes back, as crmsh does.
                try {
                    execute(rest, line.substring(line.indexOf(first) + first.length()).strip());
                } finally {
                    if (levels.peek() == sub.get()) {
                        up();
                    }
                }
            }
            return;
        }
        throw new CliException(ExitCode.USAGE, "unknown command '" + first + "'"
                + (current().name().isEmpty() ? "" : " at the " + current().name() + " level") + " (try 'help')");
    }

    private void cd(String target) {
        if (target.equals("..")) {
            up();
        } else if (target.equals("/")) {
            leaveAll();
        } else {
            for (String part : target.split("/")) {
                Level next = current().sublevel(part).orElseThrow(
                        () -> new CliException(ExitCode.USAGE, "no level '" + part + "' here"));
                levels.push(next);
            }
        }
    }

    private void up() {
        if (levels.size() > 1) {
            levels.peek().leave(context);
            levels.pop();
        }
    }

    private void leaveAll() {
        while (levels.size() > 1) {
            up();
        }
    }

    private void help(List<String> topic) {
        if (!topic.isEmpty()) {
            LevelCommand command = current().command(topic.get(0)).orElseThrow(
                    () -> new CliException(ExitCode.USAGE, "no help for '" + topic.get(0) + "' here"));
            context.out().println("usage: " + command.usage());
            context.out().println();
            context.out().println(command.help());
            return;
        }
        context.out().println("Commands of this level:");
        for (LevelCommand command : current().commands()) {
            context.out().printf("  %-16s %s%n", command.name(), firstSentence(command.help()));
        }
        if (!current().sublevelNames().isEmpty()) {
            context.out().println("Levels: " + String.join(", ", current().sublevelNames()));
        }
        context.out().println("Navigation: cd LEVEL, up, end, quit, help COMMAND");
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        int nl = text.indexOf('\n');
        int cut = end < 0 ? nl : (nl < 0 ? end + 1 : Math.min(end + 1, nl));
        return cut < 0 ? text : text.substring(0, cut);
    }
}
