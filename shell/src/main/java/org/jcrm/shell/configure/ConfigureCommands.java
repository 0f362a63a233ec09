package org.jcrm.shell.configure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibFormatException;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Configuration;
import org.jcrm.engine.store.StaleCibException;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.DeprecatedAlias;
import org.jcrm.shell.repl.LevelCommand;
import org.jcrm.shell.repl.SimpleCommand;
import org.jcrm.shell.repl.ShellContext;

/**
 * The commands of the configure level other than object definitions: show, delete, erase, load,
 * save, commit, refresh. Each is a small {@link LevelCommand} over the level's {@link WorkingCib}.
 */
final class ConfigureCommands {
    private ConfigureCommands() {
    }

    static List<LevelCommand> all(Supplier<WorkingCib> work, ConfigText text, Supplier<InputStream> stdin,
            ConfigureTools tools) {
        ConfigCheck check = new ConfigCheck(tools.verify());
        SimpleCommand.Completion ids = (ctx, before, word) -> ObjectIds.allWithResources(work.get().cib());
        List<LevelCommand> commands = new ArrayList<>();
        commands.add(SimpleCommand.of("show", "show [xml] [changed] [type:TYPE] [tag:TAG] [ID...]",
                "Shows the configuration, or the objects named, in crm syntax (or as XML with 'xml'). "
                        + "'changed' shows the objects changed since the last commit, 'type:primitive' the objects "
                        + "of one type, 'tag:NAME' the objects a tag names.\nExample: show type:location web-vip",
                (ctx, args) -> show(work.get(), text, ctx, args)).completing((ctx, before, word) -> showWords(work.get())));
        SimpleCommand delete = SimpleCommand.of("delete", "delete ID...",
                "Deletes objects; constraints, groups and tags that name a deleted resource follow.\n"
                        + "Example: delete web-vip",
                (ctx, args) -> {
                    requireArgs(args, "delete ID...");
                    work.get().delete(args).forEach(note -> ctx.out().println("INFO: " + note));
                }).completing(ids);
        commands.add(delete);
        commands.add(new DeprecatedAlias("rm", delete));
        commands.add(SimpleCommand.of("edit", "edit [ID...]",
                "Opens the configuration (or the objects named) as crm text in your editor ($EDITOR, or the "
                        + "'editor' option); what you save replaces those objects. Errors reopen the editor with "
                        + "the messages on top.\nExample: edit web-vip web",
                (ctx, args) -> new ObjectEditor(text, tools.editor()).edit(work.get(), ctx, args)).completing(ids));
        commands.add(SimpleCommand.of("filter", "filter COMMAND [ID...]",
                "Pipes the crm text of the configuration (or of the objects named) through a shell command; its "
                        + "output replaces those objects.\nExample: filter \"sed 's/node1/node2/'\" web-prefers-node1",
                (ctx, args) -> new ObjectFilter(text, new ObjectEditor(text, tools.editor())).filter(work.get(), args))
                .completing(ids));
        commands.add(SimpleCommand.of("set", "set ID.[OP.[INTERVAL.]]NAME VALUE",
                "Changes an attribute already configured: a parameter, meta or utilization attribute of an object, "
                        + "or an attribute of one of its operations.\nExample: set web-vip.ip 192.168.0.101",
                (ctx, args) -> {
                    if (args.size() != 2) {
                        throw new CliException(ExitCode.USAGE, "usage: set ID.[OP.[INTERVAL.]]NAME VALUE");
                    }
                    work.get().edit(cib -> ConfigurationDom.edit(cib,
                            root -> AttributePath.set(ConfigurationDom.configuration(root), args.get(0), args.get(1))));
                }));
        commands.add(SimpleCommand.of("modgroup", "modgroup GROUP add RSC [after|before ID] | modgroup GROUP remove RSC",
                "Moves a primitive into a group (last, or next to a member) or out of it.\n"
                        + "Example: modgroup web add web-fs before web-server",
                (ctx, args) -> work.get().edit(cib -> ConfigurationDom.edit(cib,
                        root -> GroupMembers.modify(ConfigurationDom.configuration(root), args))))
                .completing(ids));
        commands.add(SimpleCommand.of("rename", "rename OLD NEW",
                "Renames an object; constraints, groups, clones, tags and fencing levels that name it follow.\n"
                        + "Example: rename web-vip vip",
                (ctx, args) -> {
                    if (args.size() != 2) {
                        throw new CliException(ExitCode.USAGE, "usage: rename OLD NEW");
                    }
                    List<String> notes = new ArrayList<>();
                    work.get().edit(cib -> notes.addAll(Renamer.rename(cib, args.get(0), args.get(1))));
                    notes.forEach(note -> ctx.out().println("INFO: " + note));
                }).completing((ctx, before, word) -> before.isEmpty() ? ObjectIds.allWithResources(work.get().cib()) : List.of()));
        commands.add(SimpleCommand.of("verify", "verify",
                "Checks the working copy as 'jcrm verify' does (before 'commit' does it too): errors and "
                        + "warnings with the id of the object concerned.\nExample: verify",
                (ctx, args) -> {
                    ConfigCheck.Result result = check.check(work.get().cib());
                    result.print(ctx.out());
                    if (!result.errors().isEmpty()) {
                        throw new CliException(ExitCode.CONFIG, "the configuration has "
                                + result.errors().size() + " error(s)");
                    }
                }));
        commands.add(SimpleCommand.of("simulate", "simulate",
                "Shows the transition a commit would cause, as 'jcrm simulate -S' prints it for the working "
                        + "copy.\nExample: simulate",
                (ctx, args) -> TransitionPreview.show(tools.simulate(), work.get().cib(), ctx)));
        commands.add(SimpleCommand.of("erase", "erase [nodes]",
                "Removes every resource, constraint and option from the working copy, keeping the nodes; "
                        + "'erase nodes' removes the nodes only.\n"
                        + "Example: erase",
                (ctx, args) -> work.get().edit(cib -> erase(cib, args.contains("nodes")))));
        commands.add(SimpleCommand.of("load", "load [xml] replace|update FILE|-",
                "Loads a crm (or XML) file into the working copy: 'replace' replaces the configuration, "
                        + "'update' adds objects and replaces those with the same id. '-' reads stdin.\n"
                        + "Example: load update web.crm",
                (ctx, args) -> load(work.get(), text, stdin, args)));
        commands.add(SimpleCommand.of("save", "save [xml] FILE",
                "Writes the working configuration to FILE in crm syntax (or XML).\nExample: save backup.crm",
                (ctx, args) -> save(work.get(), text, args)));
        commands.add(SimpleCommand.of("commit", "commit [force]",
                "Verifies the working copy and stores it in the CIB: errors refuse the commit, warnings ask "
                        + "first (scripts go on); 'force' skips the check. Nothing is stored if the CIB changed "
                        + "meanwhile.\nExample: commit",
                (ctx, args) -> commit(work.get(), ctx, args.contains("force") ? null : check))
                .completing((ctx, before, word) -> List.of("force")));
        commands.add(SimpleCommand.of("refresh", "refresh",
                "Drops uncommitted changes and re-reads the CIB.\nExample: refresh",
                (ctx, args) -> work.get().refresh()));
        return commands;
    }

    /** Commits after checking with {@code check} (null: no check), as {@code commit [force]} does. */
    static void commit(WorkingCib work, ShellContext ctx, ConfigCheck check) {
        if (!work.dirty()) {
            ctx.out().println("INFO: apparently there is nothing to commit");
            return;
        }
        String checkedXml = null;
        if (check != null) {
            ConfigCheck.Result result = check.checkChange(work.store().current(), work.cib());
            result.print(ctx.err());
            if (!result.errors().isEmpty()) {
                throw new CliException(ExitCode.CONFIG, "the configuration has " + result.errors().size()
                        + " error(s): nothing committed (fix them, or 'commit force')");
            }
            if (!result.warnings().isEmpty() && !ctx.confirm("Do you still want to commit (y/n)? ", true)) {
                ctx.out().println("INFO: nothing committed");
                return;
            }
            checkedXml = result.xml();
        }
        try {
            work.commit(checkedXml);
        } catch (StaleCibException e) {
            throw new CliException(ExitCode.ERROR, e.getMessage());
        }
    }

    private static void show(WorkingCib work, ConfigText text, ShellContext ctx, List<String> args) {
        boolean xml = args.contains("xml");
        List<String> words = new ArrayList<>(args);
        words.remove("xml");
        List<String> specs = new ArrayList<>();
        boolean selected = false;
        for (String word : words) {
            if (word.equals("changed")) {
                specs.addAll(ChangedObjects.between(work.store().current(), work.cib()));
                selected = true;
            } else if (xml && word.startsWith("type:")) {
                specs.addAll(ObjectIds.ofType(work.cib(), word.substring(5)));
                selected = true;
            } else if (xml && word.startsWith("tag:")) {
                specs.addAll(ObjectIds.tagged(work.cib(), word.substring(4)));
                selected = true;
            } else {
                specs.add(word);
            }
        }
        if (selected && specs.isEmpty()) {
            return;
        }
        // Without xml, type:, tag: and related: selectors are the printer's own show specs.
        Optional<String> stored = xml || selected ? Optional.empty() : work.storedXml();
        String output = stored.isPresent() ? text.showXmlText(stored.get(), specs) : xml
                ? XmlView.show(work.cib(), requireIds(work, specs))
                : (specs.isEmpty() ? text.show(work.cib()) : text.show(work.cib(), specs));
        ctx.out().print(output.endsWith("\n") || output.isEmpty() ? output : output + "\n");
    }

    /** The ids named, each of which must exist. */
    private static List<String> requireIds(WorkingCib work, List<String> ids) {
        for (String id : ids) {
            if (work.cib().findById(id).isEmpty()) {
                throw WorkingCib.noSuchObject(id);
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static List<String> showWords(WorkingCib work) {
        List<String> words = new ArrayList<>(List.of("xml", "changed"));
        ObjectIds.typeNames().forEach(type -> words.add("type:" + type));
        ObjectIds.ofType(work.cib(), "tag").forEach(tag -> words.add("tag:" + tag));
        words.addAll(ObjectIds.allWithResources(work.cib()));
        return words;
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
            work.edit(text.prepare(content, source, replace), cib -> text.apply(cib, content, source, replace));
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

    /** crmsh's erase: everything but the nodes; {@code erase nodes}: the nodes only. */
    private static void erase(Cib cib, boolean nodes) {
        Configuration fresh = Cib.empty().getConfiguration();
        if (nodes) {
            cib.getConfiguration().setNodes(fresh.getNodes());
            return;
        }
        fresh.setNodes(cib.getConfiguration().getNodes());
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
}
