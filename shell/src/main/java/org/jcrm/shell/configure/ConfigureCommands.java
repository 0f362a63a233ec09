package org.jcrm.shell.configure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibFormatException;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.store.StaleCibException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.ShellContext;

/**
 * The commands of the configure level other than object definitions: show, delete, erase, load,
 * save, commit, refresh. Each is a small {@link LevelCommand} over the level's {@link WorkingCib}.
 */
final class ConfigureCommands {
    private ConfigureCommands() {
    }

    static List<LevelCommand> all(Supplier<WorkingCib> work, ConfigText text, Supplier<InputStream> stdin) {
        List<LevelCommand> commands = new ArrayList<>();
        commands.add(new Simple("show", "show [xml] [changed] [ID...]",
                "Shows the configuration, or the objects named, in crm syntax (or as XML with 'xml'). "
                        + "'changed' shows the objects changed since the last commit.\nExample: show web-vip",
                (ctx, args) -> show(work.get(), text, ctx, args)));
        commands.add(new Simple("delete", "delete ID...",
                "Deletes objects; constraints, groups and tags that name a deleted resource follow.\n"
                        + "Example: delete web-vip",
                (ctx, args) -> {
                    requireArgs(args, "delete ID...");
                    work.get().delete(args).forEach(note -> ctx.out().println("INFO: " + note));
                }));
        commands.add(new Simple("erase", "erase [nodes]",
                "Removes every resource, constraint and option from the working copy ('nodes' removes nodes too).",
                (ctx, args) -> work.get().edit(cib -> erase(cib, args.contains("nodes")))));
        commands.add(new Simple("load", "load [xml] replace|update FILE|-",
                "Loads a crm (or XML) file into the working copy: 'replace' replaces the configuration, "
                        + "'update' adds objects and replaces those with the same id. '-' reads stdin.\n"
                        + "Example: load update web.crm",
                (ctx, args) -> load(work.get(), text, stdin, args)));
        commands.add(new Simple("save", "save [xml] FILE",
                "Writes the working configuration to FILE in crm syntax (or XML).\nExample: save backup.crm",
                (ctx, args) -> save(work.get(), text, args)));
        commands.add(new Simple("commit", "commit [force]",
                "Stores the working copy in the CIB; nothing is stored if it changed meanwhile.",
                (ctx, args) -> commit(work.get(), ctx)));
        commands.add(new Simple("refresh", "refresh",
                "Drops uncommitted changes and re-reads the CIB.",
                (ctx, args) -> work.get().refresh()));
        return commands;
    }

    static void commit(WorkingCib work, ShellContext ctx) {
        if (!work.dirty()) {
            ctx.out().println("INFO: apparently there is nothing to commit");
            return;
        }
        try {
            work.commit();
        } catch (StaleCibException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage());
        }
    }

    private static void show(WorkingCib work, ConfigText text, ShellContext ctx, List<String> args) {
        boolean xml = args.contains("xml");
        List<String> ids = new ArrayList<>(args);
        ids.remove("xml");
        if (ids.remove("changed")) {
            ids.addAll(ChangedObjects.between(work.store().current(), work.cib()));
            if (ids.isEmpty()) {
                return;
            }
        }
        String output = xml
                ? (ids.isEmpty() ? work.configurationXml() : work.objectsXml(ids))
                : (ids.isEmpty() ? text.show(work.cib()) : text.show(work.cib(), ids));
        ctx.out().print(output.endsWith("\n") || output.isEmpty() ? output : output + "\n");
    }

    private static void load(WorkingCib work, ConfigText text, Supplier<InputStream> stdin, List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean xml = rest.remove("xml");
        if (rest.size() != 2 || !(rest.get(0).equals("replace") || rest.get(0).equals("update")
                || rest.get(0).equals("push"))) {
            throw new CliException(ExitCode.USAGE, "usage: load [xml] replace|update|push FILE|-");
        }
        boolean replace = !rest.get(0).equals("update");
        String source = rest.get(1).equals("-") ? "<stdin>" : rest.get(1);
        String content = read(rest.get(1), stdin);
        if (xml || content.stripLeading().startsWith("<")) {
            work.edit(cib -> loadXml(cib, content, source, replace));
        } else {
            work.edit(cib -> text.apply(cib, content, source, replace));
        }
    }

    private static void loadXml(Cib cib, String content, String source, boolean replace) {
        Configuration incoming;
        try {
            String trimmed = content.strip();
            incoming = trimmed.startsWith("<cib")
                    ? CibXml.parse(trimmed, source).getConfiguration()
                    : CibXml.parseElement(trimmed, source, Configuration.class);
        } catch (CibFormatException e) {
            throw new CliException(ExitCode.DATA_ERROR, e.getMessage());
        }
        if (incoming == null) {
            throw new CliException(ExitCode.DATA_ERROR, source + ": no <configuration> section");
        }
        if (replace) {
            cib.setConfiguration(incoming);
        } else {
            XmlUpdate.merge(cib.getConfiguration(), incoming);
        }
    }

    private static void save(WorkingCib work, ConfigText text, List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean xml = rest.remove("xml");
        if (rest.size() != 1) {
            throw new CliException(ExitCode.USAGE, "usage: save [xml] FILE");
        }
        String content = xml ? work.configurationXml() : text.show(work.cib());
        try {
            Files.writeString(Path.of(rest.get(0)), content.endsWith("\n") ? content : content + "\n");
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot write " + rest.get(0) + ": " + e.getMessage());
        }
    }

    private static void erase(Cib cib, boolean nodes) {
        Configuration fresh = Cib.empty().getConfiguration();
        if (!nodes) {
            fresh.setNodes(cib.getConfiguration().getNodes());
        }
        cib.setConfiguration(fresh);
    }

    static String read(String file, Supplier<InputStream> stdin) {
        try {
            if (file.equals("-")) {
                return new String(stdin.get().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.NO_INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void requireArgs(List<String> args, String usage) {
        if (args.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "usage: " + usage);
        }
    }

    /** A command whose behaviour is a lambda over the context and its words. */
    record Simple(String name, String usage, String help, Action action) implements LevelCommand {
        @Override
        public void run(ShellContext context, List<String> args, String line) {
            action.run(context, args);
        }
    }

    interface Action {
        void run(ShellContext context, List<String> args);
    }
}
