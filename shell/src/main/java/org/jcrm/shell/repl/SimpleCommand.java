package org.jcrm.shell.repl;

import java.util.List;

/**
 * A level command made of its texts, an action over the split words and an optional completer: most
 * shell commands need nothing more.
 */
public record SimpleCommand(String name, List<String> aliases, String usage, String help, Action action,
        Completion completion) implements LevelCommand {

    /** What the command does with its words. */
    @FunctionalInterface
    public interface Action {
        void run(ShellContext context, List<String> args);
    }

    /** Candidates for the next word given the words typed after the command name. */
    @FunctionalInterface
    public interface Completion {
        List<String> candidates(ShellContext context, List<String> before, String word);
    }

    /** A command without aliases or completion. */
    public static SimpleCommand of(String name, String usage, String help, Action action) {
        return new SimpleCommand(name, List.of(), usage, help, action, (c, b, w) -> List.of());
    }

    /** This command, also known under {@code more} names. */
    public SimpleCommand alias(String... more) {
        return new SimpleCommand(name, List.of(more), usage, help, action, completion);
    }

    /** This command, completing its words with {@code how}. */
    public SimpleCommand completing(Completion how) {
        return new SimpleCommand(name, aliases, usage, help, action, how);
    }

    @Override
    public void run(ShellContext context, List<String> args, String line) {
        action.run(context, args);
    }

    @Override
    public List<String> complete(ShellContext context, List<String> before, String word) {
        return completion.candidates(context, before, word);
    }
}
