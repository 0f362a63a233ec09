package org.jcrm.shell.cib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.store.FileCibStore;
import org.jcrm.shell.cli.CliException;
import org.jcrm.shell.cli.ExitCode;

/**
 * The shadow CIBs of one directory, each a whole CIB in a file {@code shadow.NAME} as crm_shadow keeps
 * them. Names are plain words so a name can never reach outside the directory.
 */
public final class ShadowDirectory {
    private static final String PREFIX = "shadow.";
    private final Path dir;

    public ShadowDirectory(Path dir) {
        this.dir = dir;
    }

    /** The directory the shadows live in. */
    public Path dir() {
        return dir;
    }

    /** The file of shadow {@code name}; fails on a name that is not a plain word. */
    public Path file(String name) {
        if (!name.matches("[A-Za-z0-9_.+-]+") || name.equals("live") || name.startsWith(".")) {
            throw new CliException(ExitCode.USAGE, "bad shadow CIB name '" + name + "'");
        }
        return dir.resolve(PREFIX + name);
    }

    /** Whether shadow {@code name} exists. */
    public boolean exists(String name) {
        return Files.isRegularFile(file(name));
    }

    /** The store of an existing shadow; fails naming it when it does not exist. */
    public FileCibStore open(String name) {
        requireExisting(name);
        return new FileCibStore(file(name));
    }

    /** Writes {@code cib} as shadow {@code name}, replacing what was there. */
    public void write(String name, Cib cib) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot create the shadow directory " + dir + ": " + e.getMessage());
        }
        CibXml.write(cib, file(name));
    }

    /** Deletes shadow {@code name}. */
    public void delete(String name) {
        requireExisting(name);
        try {
            Files.delete(file(name));
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot delete shadow CIB " + name + ": " + e.getMessage());
        }
    }

    /** The names of every shadow, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.length() > PREFIX.length() && !n.endsWith(".tmp"))
                    .map(n -> n.substring(PREFIX.length()))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new CliException(ExitCode.ERROR, "cannot list " + dir + ": " + e.getMessage());
        }
        return names;
    }

    void requireExisting(String name) {
        if (!exists(name)) {
            throw new CliException(ExitCode.NO_INPUT, "shadow CIB " + name + " does not exist");
        }
    }
}
