package org.jcrm.shell.configure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;

/**
 * {@code edit [ID...]}: the crm text of the configuration (or of the objects named) in the user's
 * editor. What is saved replaces those objects: objects deleted from the text are removed, others
 * updated or added. When the text does not apply, the editor opens again with the errors on top as
 * comment lines and the text as the user left it, so nothing typed is lost; quitting with the text
 * unchanged gives up.
 */
final class ObjectEditor {
    /** Marks the comment lines the editor session adds, so they are dropped before applying. */
    static final String NOTE = "# jcrm: ";

    private final ConfigText text;
    private final Supplier<String> editor;

    ObjectEditor(ConfigText text, Supplier<String> editor) {
        this.text = text;
        this.editor = editor;
    }

    void edit(WorkingCib work, ShellContext ctx, List<String> ids) {
        String original = ids.isEmpty() ? text.show(work.cib()) : text.show(work.cib(), ids);
        String shown = original;
        List<String> errors = List.of();
        Path file = tempFile();
        try {
            while (true) {
                write(file, withNotes(errors, shown));
                runEditor(file);
                String edited = withoutNotes(read(file));
                if (edited.strip().equals(original.strip())) {
                    ctx.out().println("INFO: no changes");
                    return;
                }
                if (edited.strip().equals(shown.strip()) && !errors.isEmpty()) {
                    throw new CliException(ExitCode.DATA_ERROR, "edit abandoned: " + errors.get(0));
                }
                try {
                    apply(work, edited, ids, file.getFileName().toString());
                    return;
                } catch (CliException e) {
                    errors = List.of(e.getMessage());
                    shown = edited;
                }
            }
        } finally {
            delete(file);
        }
    }

    /** Replaces the objects {@code ids} (all when empty) by those of {@code edited}. */
    void apply(WorkingCib work, String edited, List<String> ids, String source) {
        if (ids.isEmpty()) {
            work.edit(cib -> text.apply(cib, edited, source, true));
            return;
        }
        List<String> kept = text.ids(edited, source);
        work.edit(cib -> {
            for (String id : ids) {
                if (!kept.contains(id) && cib.findById(id).isPresent()) {
                    new ObjectRemover(cib).remove(id);
                }
            }
            text.apply(cib, edited, source, false);
        });
    }

    private void runEditor(Path file) {
        ProcessBuilder process = new ProcessBuilder("sh", "-c", editor.get() + " \"$1\"", "sh", file.toString())
                .inheritIO();
        try {
            int status = process.start().waitFor();
            if (status != 0) {
                throw new CliException(ExitCode.ERROR, "the editor (" + editor.get() + ") exited with status " + status
                        + ": nothing changed");
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot run the editor " + editor.get() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.ERROR, "interrupted while editing");
        }
    }

    static String withNotes(List<String> errors, String body) {
        StringBuilder out = new StringBuilder();
        for (String error : errors) {
            for (String line : error.split("\n")) {
                out.append(NOTE).append(line).append('\n');
            }
        }
        if (!errors.isEmpty()) {
            out.append(NOTE).append("fix the text below and save, or save it unchanged to give up\n");
        }
        return out.append(body).toString();
    }

    static String withoutNotes(String content) {
        List<String> lines = new ArrayList<>();
        content.lines().filter(line -> !line.startsWith(NOTE)).forEach(lines::add);
        return String.join("\n", lines) + "\n";
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("jcrm-edit-", ".crm");
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot create a file to edit: " + e.getMessage());
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Only a leftover temporary file.
        }
    }
}
