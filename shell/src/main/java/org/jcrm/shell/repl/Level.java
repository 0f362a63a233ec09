package org.jcrm.shell.repl;

import java.util.List;
import java.util.Optional;

/**
 * A level of the shell (crm's root, configure, cib ...): its name as the prompt shows it, its
 * commands, and the levels one can enter from it.
 */
public interface Level {
    /** The name in the prompt, e.g. {@code configure}; empty for the root level. */
    String name();

    /** The commands of this level in the order help lists them. */
    List<LevelCommand> commands();

    /** The levels reachable from here by name (with crmsh's abbreviations). */
    default Optional<Level> sublevel(String name) {
        return Optional.empty();
    }

    /** Names of the sublevels, for help and completion. */
    default List<String> sublevelNames() {
        return List.of();
    }

    /** The command with this name or alias. */
    default Optional<LevelCommand> command(String name) {
        for (LevelCommand command : commands()) {
            if (command.name().equals(name) || command.aliases().contains(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** Called when the user leaves this level (`up`, `end`, `cd ..`); may refuse by throwing. */
    default void leave(ShellContext context) {
    }
}
