package org.jcrm.shell.cib;

import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.configure.ConfigText;
import org.jcrm.shell.repl.Level;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.ShellContext;
import org.jcrm.shell.repl.SimpleCommand;

/**
 * The cib level ({@code crm(live)cib# }): shadow CIBs, private copies of the CIB one edits and
 * checks before committing them to the live CIB in one step. Switching to a shadow changes the CIB
 * every other level works on, and the prompt shows the shadow's name.
 */
public final class CibLevel implements Level {
    private static final String LIVE = "live";
    private final CibStore live;
    private final ShadowDirectory shadows;
    private final ConfigText text;
    private final List<LevelCommand> commands = new ArrayList<>();

    /**
     * @param live    the CIB that {@code use live} returns to and {@code commit} writes
     * @param shadows where shadow CIBs are kept
     * @param text    prints configurations for {@code diff}
     */
    public CibLevel(CibStore live, ShadowDirectory shadows, ConfigText text) {
        this.live = live;
        this.shadows = shadows;
        this.text = text;
        SimpleCommand.Completion names = (ctx, before, word) -> before.isEmpty() ? shadows.names() : List.of();
        commands.add(SimpleCommand.of("new", "new NAME [empty] [force]",
                "Creates shadow CIB NAME as a copy of the live CIB ('empty': an empty CIB) and switches to it; "
                        + "'force' replaces an existing shadow of that name.\nExample: new test-web",
                this::create));
        commands.add(SimpleCommand.of("use", "use [NAME|live]",
                "Switches every level to shadow CIB NAME, or back to the live CIB.\nExample: use test-web",
                this::use).completing((ctx, before, word) -> before.isEmpty() ? withLive(shadows.names()) : List.of()));
        commands.add(SimpleCommand.of("commit", "commit [NAME]",
                "Copies the configuration of shadow NAME (default: the one in use) to the live CIB.\n"
                        + "Example: commit test-web",
                this::commit).completing(names));
        commands.add(SimpleCommand.of("diff", "diff",
                "Shows how the shadow in use differs from the live CIB, as crm text: '-' lines only live, "
                        + "'+' lines only in the shadow.\nExample: diff",
                this::diff));
        commands.add(SimpleCommand.of("list", "list", "Lists the shadow CIBs.\nExample: list",
                (ctx, args) -> shadows.names().forEach(ctx.out()::println)));
        commands.add(SimpleCommand.of("delete", "delete NAME",
                "Deletes shadow CIB NAME (not the one in use).\nExample: delete test-web",
                this::delete).completing(names));
        commands.add(SimpleCommand.of("reset", "reset NAME",
                "Makes shadow NAME a fresh copy of the live CIB, dropping its changes.\nExample: reset test-web",
                this::reset).completing(names));
    }

    @Override
    public String name() {
        return "cib";
    }

    @Override
    public List<LevelCommand> commands() {
        return commands;
    }

    private void create(ShellContext ctx, List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean empty = rest.remove("empty");
        boolean force = rest.remove("force") | rest.remove("--force");
        String name = single(rest, "new NAME [empty] [force]");
        if (shadows.exists(name) && !force) {
            throw new CliException(ExitCode.ERROR, "shadow CIB " + name + " already exists (add 'force' to replace it)");
        }
        shadows.write(name, empty ? Cib.empty() : live.current());
        ctx.use(shadows.open(name), name);
        ctx.out().println("INFO: cib.new: " + name + " shadow CIB created");
    }

    private void use(ShellContext ctx, List<String> args) {
        String name = args.isEmpty() ? LIVE : single(args, "use [NAME|live]");
        if (name.equals(LIVE)) {
            ctx.use(live, LIVE);
        } else {
            ctx.use(shadows.open(name), name);
        }
    }

    private void commit(ShellContext ctx, List<String> args) {
        String name = args.isEmpty() ? inUse(ctx) : single(args, "commit [NAME]");
        Cib shadow = shadows.open(name).current();
        Cib base = live.current();
        Cib updated = live.current();
        updated.setConfiguration(shadow.getConfiguration());
        try {
            live.commit(CibVersion.of(base), updated);
        } catch (StaleCibException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage());
        }
        ctx.out().println("INFO: cib.commit: committed '" + name + "' shadow CIB to the cluster");
    }

    private void diff(ShellContext ctx, List<String> args) {
        String name = inUse(ctx);
        List<String> before = text.show(live.current()).lines().toList();
        List<String> after = text.show(shadows.open(name).current()).lines().toList();
        LineDiff.of(before, after).forEach(ctx.out()::println);
    }

    private void delete(ShellContext ctx, List<String> args) {
        String name = single(args, "delete NAME");
        if (name.equals(ctx.cibName())) {
            throw new CliException(ExitCode.ERROR, "shadow CIB " + name + " is in use: 'use live' first");
        }
        shadows.delete(name);
        ctx.out().println("INFO: cib.delete: " + name + " shadow CIB deleted");
    }

    private void reset(ShellContext ctx, List<String> args) {
        String name = single(args, "reset NAME");
        shadows.requireExisting(name);
        shadows.write(name, live.current());
        ctx.out().println("INFO: cib.reset: copied live CIB to " + name);
    }

    private static String inUse(ShellContext ctx) {
        if (ctx.cibName().equals(LIVE)) {
            throw new CliException(ExitCode.ERROR, "no shadow CIB is in use (try 'use NAME' or name one)");
        }
        return ctx.cibName();
    }

    private static String single(List<String> args, String usage) {
        if (args.size() != 1) {
            throw new CliException(ExitCode.USAGE, "usage: " + usage);
        }
        return args.get(0);
    }

    private static List<String> withLive(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(LIVE);
        return all;
    }
}
