package org.jcrm.shell.repl;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A level known by its name from the start and built the first time anyone looks inside it (enters
 * it, completes or asks for help there): a shell session uses few of its levels, and building them
 * all would sit on the way to the first prompt and to every one-shot command.
 */
public final class LazyLevel implements Level {
    private final String name;
    private final Supplier<? extends Level> build;
    private Level level;

    /** {@code build} makes the level named {@code name}; it runs at most once. */
    public LazyLevel(String name, Supplier<? extends Level> build) {
        this.name = name;
        this.build = build;
    }

    private synchronized Level level() {
        if (level == null) {
            level = build.get();
        }
        return level;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<LevelCommand> commands() {
        return level().commands();
    }

    @Override
    public Optional<Level> sublevel(String sub) {
        return level().sublevel(sub);
    }

    @Override
    public List<String> sublevelNames() {
        return level().sublevelNames();
    }

    @Override
    public Optional<LevelCommand> command(String command) {
        return level().command(command);
    }

    @Override
    public void leave(ShellContext context) {
        Level built;
        synchronized (this) {
            built = level;
        }
        // A level never built holds nothing to settle on the way out.
        if (built != null) {
            built.leave(context);
        }
    }
}
