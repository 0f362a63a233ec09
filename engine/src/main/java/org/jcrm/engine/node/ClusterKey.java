package org.jcrm.engine.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key every node shares, like corosync's authkey: 32 random bytes in a file only its owner may
 * read. Cluster traffic is encrypted with it as an AES-256 key, so a process without it can neither
 * join nor read.
 */
public final class ClusterKey {
    public static final int LENGTH = 32;
    static final String KEYSTORE_ALIAS = "jcrm";

    private final byte[] bytes;

    private ClusterKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** Makes a new random key and writes it to {@code file} with mode 0600. */
    public static ClusterKey generate(Path file) {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        AtomicFiles.write(file, bytes, true);
        return new ClusterKey(bytes);
    }

    /** Reads a key file, refusing one of the wrong size. */
    public static ClusterKey load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cluster key " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("cluster key " + file + " has " + bytes.length + " bytes, expected "
                    + LENGTH + " (make one with 'jcrm cluster keygen')");
        }
        return new ClusterKey(bytes);
    }

    /**
     * Writes the key as the single secret entry of a PKCS12 keystore (mode 0600), the form JGroups'
     * symmetric encryption reads. The store password only satisfies the format: the file's mode protects it.
     */
    public void writeKeystore(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setEntry(KEYSTORE_ALIAS, new KeyStore.SecretKeyEntry(new SecretKeySpec(bytes, "AES")),
                    new KeyStore.PasswordProtection(password));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            AtomicFiles.write(file, out.toByteArray(), true);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the keystore " + file + ": " + e.getMessage(), e);
        }
    }
}
