package org.jcrm.shell.configure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.Command;
import org.jcrm.shell.cli.ExitCode;
import org.jcrm.shell.repl.ShellContext;

/**
 * {@code configure simulate}: the transition committing the working copy would cause, computed by the
 * {@code simulate} command ({@code -x FILE -S}) on the working copy with its status section.
 */
final class TransitionPreview {
    private TransitionPreview() {
    }

    static void show(Command simulate, Cib cib, ShellContext ctx) {
        Path file = null;
        try {
            file = Files.createTempFile("jcrm-simulate", ".xml");
            Files.writeString(file, CibXml.toXml(cib));
            ExitCode code = simulate.run(List.of("-x", file.toString(), "-S"), ctx.out(), ctx.err());
            if (code != ExitCode.OK) {
                throw new CliException(code, "simulate failed");
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot write the working copy for simulate: " + e.getMessage());
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
