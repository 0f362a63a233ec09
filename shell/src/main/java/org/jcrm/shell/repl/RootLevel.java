package org.jcrm.shell.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top level of the shell ({@code crm(live)# }): the levels one can enter, under their names and
 * crmsh's abbreviations, and a few commands of its own ({@code status}).
 */
public final class RootLevel implements Level {
    private final Map<String, Level> levels = new LinkedHashMap<>();
    private final List<LevelCommand> commands = new ArrayList<>();
    private final Map<String, String> abbreviations = Map.of(
            "cfg", "configure", "conf", "configure", "config", "configure",
            "st", "status", "res", "resource", "rsc", "resource");

    /** Adds a level reachable from the root. */
    public RootLevel with(Level level) {
        levels.put(level.name(), level);
        return this;
    }

    /** Adds a command of the root level ({@code status}). */
    public RootLevel with(LevelCommand command) {
        commands.add(command);
        return this;
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }

    @Override
    public Optional<Level> sublevel(String name) {
        return Optional.ofNullable(levels.get(abbreviations.getOrDefault(name, name)));
    }

    @Override
    public List<String> sublevelNames() {
        return List.copyOf(levels.keySet());
    }
}
