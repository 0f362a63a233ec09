package org.jcrm.engine.store.replicated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jcrm.engine.node.AtomicFiles;

/**
 * A node's own copy of the CIB on disk: {@code cib.xml} and beside it {@code cib.xml.sha256} with
 * the SHA-256 of its bytes. Both are replaced atomically; a copy whose checksum does not match is
 * treated as absent, so the node takes the cluster's CIB instead of trusting a damaged one.
 */
public final class CibDiskCopy {
    private final Path file;
    private final Path checksum;

    public CibDiskCopy(Path directory) {
        this.file = directory.resolve("cib.xml");
        this.checksum = directory.resolve("cib.xml.sha256");
    }

    /** The CIB file. */
    public Path file() {
        return file;
    }

    /** The stored XML when present and intact. */
    public Optional<String> read() {
        try {
            if (!Files.exists(file) || !Files.exists(checksum)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String expected = Files.readString(checksum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
            return sha256(bytes).equals(expected) ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores {@code xml}: the CIB first, then its checksum (in sha256sum's format). */
    public void write(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes, false);
        AtomicFiles.write(checksum, (sha256(bytes) + "  cib.xml\n").getBytes(StandardCharsets.US_ASCII), false);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
