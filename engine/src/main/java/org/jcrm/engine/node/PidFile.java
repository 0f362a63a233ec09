package org.jcrm.engine.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A daemon's pid file ({@value #NAME} in its state directory) and the process it names. */
public final class PidFile {
    public static final String NAME = "jcrmd.pid";

    private PidFile() {
    }

    /** The pid file of the node whose state directory is {@code stateDir}. */
    public static Path in(Path stateDir) {
        return stateDir.resolve(NAME);
    }

    /** The live process the pid file in {@code stateDir} names, if any (a stale file names none). */
    public static Optional<ProcessHandle> running(Path stateDir) {
        Path file = in(stateDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Records the current process, refusing when another live one already holds the file. */
    public static void claim(Path stateDir) {
        long self = ProcessHandle.current().pid();
        Optional<ProcessHandle> other = running(stateDir).filter(p -> p.pid() != self);
        if (other.isPresent()) {
            throw new IllegalStateException("a node already runs in " + stateDir + " (pid " + other.get().pid() + ")");
        }
        AtomicFiles.write(in(stateDir), (self + "\n").getBytes(StandardCharsets.US_ASCII), false);
    }

    /** Removes the pid file if it still names the current process. */
    public static void release(Path stateDir) {
        try {
            if (running(stateDir).map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false)) {
                Files.deleteIfExists(in(stateDir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
