package org.jcrm.shell.repl;

import java.util.List;

/**
 * An old command name crmsh still accepts ({@code migrate} for {@code move}, {@code rm} for
 * {@code delete}): it warns, as crmsh does, then runs the current command.
 */
public record DeprecatedAlias(String name, LevelCommand current) implements LevelCommand {

    @Override
    public String usage() {
        return name + ": deprecated, see " + current.usage();
    }

    @Override
    public String help() {
        return "Deprecated name of '" + current.name() + "'.\n" + current.help();
    }

    @Override
    public void run(ShellContext context, List<String> args, String line) {
        context.err().println("WARNING: This command '" + name + "' is deprecated, please use '" + current.name() + "'");
        context.err().println("INFO: \"" + name + "\" is accepted as \"" + current.name() + "\"");
        current.run(context, args, line);
    }

    @Override
    public List<String> complete(ShellContext context, List<String> before, String word) {
        return current.complete(context, before, word);
    }
}
