package org.jcrm.shell.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top level of the shell ({@code crm(live)# }): it holds no commands of its own, only the levels
 * one can enter, under their names and crmsh's abbreviations.
 */
public final class RootLevel implements Level {
    private final Map<String, Level> levels = new LinkedHashMap<>();
    private final Map<String, String> abbreviations = Map.of(
            "cfg", "configure", "conf", "configure", "config", "configure",
            "st", "status", "res", "resource", "rsc", "resource");

    /** Adds a level reachable from the root. */
    public RootLevel with(Level level) {
        levels.put(level.name(), level);
        return this;
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public List<LevelCommand> commands() {
        return List.of();
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
