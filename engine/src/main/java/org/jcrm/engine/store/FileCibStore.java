package org.jcrm.engine.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;

/**
 * A CIB kept in one XML file, as {@code CIB_file=cib.xml} gives it to crmsh and Pacemaker's tools.
 * A file that does not exist yet reads as an empty CIB and is created by the first commit. Commits
 * write a temporary file beside the target and rename it over, so a reader never sees half a CIB.
 */
public final class FileCibStore implements CibStore {
    private static final DateTimeFormatter LAST_WRITTEN =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    private final Path file;
    private final Supplier<ZonedDateTime> clock;
    private final List<Consumer<Cib>> listeners = new CopyOnWriteArrayList<>();

    public FileCibStore(Path file) {
        this(file, () -> ZonedDateTime.now(ZoneId.systemDefault()));
    }

    /** A store whose cib-last-written stamps come from {@code clock} (for reproducible tests). */
    public FileCibStore(Path file, Supplier<ZonedDateTime> clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public Cib current() {
        return Files.exists(file) ? CibXml.read(file) : Cib.empty();
    }

    @Override
    public CibVersion commit(CibVersion base, Cib updated) {
        return commit(base, updated, null);
    }

    /** Writes {@code updatedXml} (when given) with the new version in its root tag, instead of the CIB again. */
    @Override
    public synchronized CibVersion commit(CibVersion base, Cib updated, String updatedXml) {
        CibVersion stored = Files.exists(file) ? storedVersion() : CibVersion.of(Cib.empty());
        if (!stored.equals(base)) {
            throw new StaleCibException(file.toString(), base, stored);
        }
        CibVersion next = base.nextEpoch();
        next.applyTo(updated);
        updated.setCibLastWritten(LAST_WRITTEN.format(clock.get()));
        if (updatedXml == null) {
            write(out -> CibXml.write(updated, out));
        } else {
            write(out -> CibXml.writeWithRootOf(updated, updatedXml, out));
        }
        for (Consumer<Cib> listener : listeners) {
            listener.accept(updated);
        }
        return next;
    }

    /** The stored file's version, from its root element alone. */
    private CibVersion storedVersion() {
        Map<String, String> root = CibXml.readRootAttributes(file);
        return CibVersion.of(root.get("admin_epoch"), root.get("epoch"), root.get("num_updates"));
    }

    @Override
    public Optional<String> storedXml() {
        try {
            return Optional.of(Files.exists(file) ? Files.readString(file) : CibXml.toXml(Cib.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void subscribe(Consumer<Cib> listener) {
        listeners.add(listener);
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    /** Writes the content to the file: to a temporary file beside it first, renamed over it when complete. */
    private void write(Content content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    content.writeTo(out);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** What a commit writes to the file. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
