package org.jcrm.shell.repl;

import java.util.List;

/**
 * One command of a shell level (`show`, `commit`, `primitive` ...). It gets both the split words and
 * the raw line, since object definitions are handed to the crm parser as written.
 */
public interface LevelCommand {
    /** The command's name as typed. */
    String name();

    /** Other names crmsh accepts for it (for example {@code ms} for {@code master}). */
    default List<String> aliases() {
        return List.of();
    }

    /** The usage line, e.g. {@code show [xml] [ID...]}. */
    String usage();

    /** What the command does, in a sentence or two, with an example. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the words after the command name
     * @param line the whole line as typed (for commands that parse it themselves)
     * @throws org.jcrm.shell.cli.CliException to report a failure
     */
    void run(ShellContext context, List<String> args, String line);

    /**
     * Candidates for the word being typed, given the words before it (after the command name) and the
     * part of the word typed so far: object ids, agent names, parameter names ... Candidates ending in
     * '=' or ':' are partial (completion continues after them). Empty when there is nothing to offer.
     */
    default List<String> complete(ShellContext context, List<String> before, String word) {
        return List.of();
    }
}
