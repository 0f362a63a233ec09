package org.jcrm.shell.configure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Status;
import org.jcrm.shell.cli.Command;

/**
 * Checks a working copy with {@code jcrm verify} before it is committed, and reports the findings as
 * the shell prints them: {@code ERROR: message [object-id]} and {@code WARNING: ...}.
 */
final class ConfigCheck {
    /** What verify found: error and warning lines, each naming its object id. */
    record Result(List<String> errors, List<String> warnings) {
        boolean clean() {
            return errors.isEmpty() && warnings.isEmpty();
        }

        void print(PrintStream out) {
            errors.forEach(out::println);
            warnings.forEach(out::println);
        }
    }

    private final Command verify;

    ConfigCheck(Command verify) {
        this.verify = verify;
    }

    /**
     * The findings a change brings: those of {@code updated} that {@code stored} does not have
     * already. As crmsh checks only the objects a commit changes, problems the stored CIB had before
     * do not stop a commit that does not touch them.
     */
    Result checkChange(Cib stored, Cib updated) {
        boolean neverRan = stored.getStatus() == null || stored.getStatus().nodeStates().isEmpty();
        Result before = neverRan ? checkConfigurationOnly(stored) : check(stored);
        Result after = neverRan ? checkConfigurationOnly(updated) : check(updated);
        return new Result(after.errors().stream().filter(e -> !before.errors().contains(e)).toList(),
                after.warnings().stream().filter(w -> !before.warnings().contains(w)).toList());
    }

    /**
     * A CIB whose status section records no node (a CIB file, a shadow copied from one) holds a
     * configuration only: verify judges it without that section, so that its nodes do not count as
     * "never seen by the cluster", which only a running cluster can say. The section is taken out
     * only while the CIB is written for verify and put back at its place: copying a large CIB would
     * cost more than the check itself.
     */
    private Result checkConfigurationOnly(Cib cib) {
        List<Object> children = cib.getChildren();
        int at = indexOfStatus(children);
        if (at < 0) {
            return check(cib);
        }
        Object status = children.remove(at);
        try {
            return check(cib);
        } finally {
            children.add(at, status);
        }
    }

    private static int indexOfStatus(List<Object> children) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Status) {
                return i;
            }
        }
        return -1;
    }

    Result check(Cib cib) {
        Path file = null;
        try {
            file = Files.createTempFile("jcrm-verify", ".xml");
            CibXml.write(cib, file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
            verify.run(List.of(file.toString()), stream, stream);
            return parse(out.toString(StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the working copy for verify", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Turns {@code FILE: error: MESSAGE [id] (XPATH)} lines into {@code ERROR: MESSAGE [id]}. */
    static Result parse(String output, String file) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : output.lines().toList()) {
            String rest = line.startsWith(file + ": ") ? line.substring(file.length() + 2) : line;
            rest = rest.replaceFirst(" \\(/[^ ]*\\)$", "");
            if (rest.startsWith("error: ")) {
                errors.add("ERROR: " + rest.substring(7));
            } else if (rest.startsWith("warning: ")) {
                warnings.add("WARNING: " + rest.substring(9));
            }
        }
        return new Result(errors, warnings);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale temporary file is harmless; the check's result stands.
        }
    }
}
