package org.jcrm.shell.options;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.DeprecatedAlias;
import org.jcrm.shell.repl.Level;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.repl.SimpleCommand;

/**
 * The options level ({@code crm(live)options# }): the user's preferences, one command per option
 * ({@code editor vim}), plus {@code show}, {@code set NAME VALUE} and {@code reset}. Every change is
 * written to the rc file at once.
 */
public final class OptionsLevel implements Level {
    private final List<LevelCommand> commands = new ArrayList<>();

    public OptionsLevel(Preferences preferences) {
        for (String name : new TreeSet<>(Preferences.OPTIONS.keySet())) {
            List<String> values = Preferences.OPTIONS.get(name);
            String example = values.isEmpty() ? (name.equals("pager") ? "less -R" : "vim") : values.get(0);
            SimpleCommand command = SimpleCommand.of(name, name + " [VALUE]",
                    "Shows or sets the '" + name + "' preference" + (values.isEmpty() ? "" : " (" + String.join(
                            ", ", values) + ")") + ".\nExample: " + name + " " + example,
                    (ctx, args) -> {
                        if (args.isEmpty()) {
                            ctx.out().println(preferences.get(name));
                        } else {
                            preferences.set(name, String.join(" ", args));
                        }
                    }).completing((ctx, before, word) -> before.isEmpty() ? values : List.of());
            commands.add(command);
            if (name.equals("sort-elements")) {
                commands.add(new DeprecatedAlias("sort_elements", command));
            }
        }
        commands.add(SimpleCommand.of("set", "set NAME VALUE",
                "Sets a preference by name.\nExample: set editor nano",
                (ctx, args) -> {
                    if (args.size() < 2) {
                        throw new CliException(ExitCode.USAGE, "usage: set NAME VALUE");
                    }
                    preferences.set(args.get(0), String.join(" ", args.subList(1, args.size())));
                }).completing((ctx, before, word) -> before.isEmpty()
                        ? List.copyOf(new TreeSet<>(Preferences.OPTIONS.keySet())) : List.of()));
        commands.add(SimpleCommand.of("show", "show", "Shows every preference and its value.\nExample: show",
                (ctx, args) -> show(preferences, ctx)));
        commands.add(SimpleCommand.of("save", "save", "Writes the preferences to the rc file (changes are saved as "
                + "they are made; this rewrites it).\nExample: save", (ctx, args) -> preferences.save()));
        commands.add(SimpleCommand.of("reset", "reset", "Forgets every preference (back to the defaults).\n"
                + "Example: reset", (ctx, args) -> preferences.reset()));
    }

    private static void show(Preferences preferences, ShellContext ctx) {
        for (String name : new TreeSet<>(Preferences.OPTIONS.keySet())) {
            ctx.out().println(name + " \"" + preferences.get(name) + "\"");
        }
    }

    @Override
    public String name() {
        return "options";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }
}
