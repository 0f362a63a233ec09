package org.jcrm.shell.configure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * {@code filter COMMAND [ID...]}: the crm text of the configuration (or of the objects named) piped
 * through a shell command ({@code sed ...}); its output replaces those objects as an edit would.
 * A command that fails changes nothing.
 */
final class ObjectFilter {
    private final ConfigText text;
    private final ObjectEditor editor;

    ObjectFilter(ConfigText text, ObjectEditor editor) {
        this.text = text;
        this.editor = editor;
    }

    void filter(WorkingCib work, List<String> args) {
        if (args.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "usage: filter COMMAND [ID...]");
        }
        String command = args.get(0);
        List<String> ids = args.subList(1, args.size());
        String original = ids.isEmpty() ? text.show(work.cib()) : text.show(work.cib(), ids);
        editor.apply(work, run(command, original), ids, "filter");
    }

    private static String run(String command, String input) {
        try {
            Process process = new ProcessBuilder("sh", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new CliException(ExitCode.ERROR, "filter: '" + command + "' exited with status " + status
                        + ": nothing changed");
            }
            return new String(output.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "filter: cannot run '" + command + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.ERROR, "filter: interrupted");
        }
    }

    private static byte[] readAll(InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "filter: cannot read the command's output: " + e.getMessage());
        }
    }
}
