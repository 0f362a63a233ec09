package org.jcrm.shell.repl;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;

/**
 * A level whose commands are the subcommands of a top-level {@link Command}: {@code info X} at
 * {@code crm(live)ra# } runs {@code jcrm ra info X}. A subcommand that ends with another exit code
 * than success fails the line, as any failing shell command does.
 */
public final class CommandLevel implements Level {
    private final String name;
    private final List<LevelCommand> commands = new ArrayList<>();

    /** A level named {@code name} over {@code command}, offering {@code subcommands}. */
    public CommandLevel(String name, Command command, List<Subcommand> subcommands) {
        this.name = name;
        for (Subcommand sub : subcommands) {
            commands.add(new SimpleCommand(sub.name(), List.of(), sub.usage(), sub.help(),
                    (ctx, args) -> run(command, sub.name(), ctx, args), sub.completion()));
        }
    }

    /** One subcommand as the level offers it: its texts and how its words complete. */
    public record Subcommand(String name, String usage, String help, SimpleCommand.Completion completion) {
        /** A subcommand without completion. */
        public Subcommand(String name, String usage, String help) {
            this(name, usage, help, (ctx, before, word) -> List.of());
        }
    }

    private static void run(Command command, String sub, ShellContext ctx, List<String> args) {
        List<String> words = new ArrayList<>();
        words.add(sub);
        words.addAll(args);
        ExitCode code = command.run(words, ctx.out(), ctx.err());
        if (code != ExitCode.OK) {
            throw new CliException(code, command.name() + " " + sub + " failed");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }
}
