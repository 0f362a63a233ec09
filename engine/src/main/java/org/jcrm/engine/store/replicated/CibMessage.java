package org.jcrm.engine.store.replicated;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jcrm.engine.store.CibVersion;

/**
 * The messages of the replicated store. A {@link Propose} asks every member to store a new CIB if
 * it still holds {@code base}; an {@link Ack} tells the proposer what one member did; an
 * {@link Announce} offers a member's CIB after a view change so the newest one wins everywhere.
 */
sealed interface CibMessage {

    /** A totally ordered request to move from {@code base} to the CIB in {@code xml}. */
    record Propose(String id, CibVersion base, String xml) implements CibMessage {
    }

    /** One member's answer to a proposal: stored, or stale at {@code stored}. */
    record Ack(String id, boolean stored, CibVersion version) implements CibMessage {
    }

    /** A member's CIB, offered to all after a view change. */
    record Announce(CibVersion version, String xml) implements CibMessage {
    }

    /** The bytes on the wire. */
    static byte[] encode(CibMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (message instanceof Propose p) {
                out.writeByte(1);
                out.writeUTF(p.id());
                writeVersion(out, p.base());
                WireText.write(out, p.xml());
            } else if (message instanceof Ack a) {
                out.writeByte(2);
                out.writeUTF(a.id());
                out.writeBoolean(a.stored());
                writeVersion(out, a.version());
            } else if (message instanceof Announce a) {
                out.writeByte(3);
                writeVersion(out, a.version());
                WireText.write(out, a.xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a message written by {@link #encode}. */
    static CibMessage decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int type = in.readByte();
            return switch (type) {
                case 1 -> new Propose(in.readUTF(), readVersion(in), WireText.read(in));
                case 2 -> new Ack(in.readUTF(), in.readBoolean(), readVersion(in));
                case 3 -> new Announce(readVersion(in), WireText.read(in));
                default -> throw new IllegalArgumentException("unknown CIB message type " + type);
            };
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed CIB message: " + e.getMessage(), e);
        }
    }

    private static void writeVersion(DataOutputStream out, CibVersion v) throws IOException {
        out.writeLong(v.adminEpoch());
        out.writeLong(v.epoch());
        out.writeLong(v.numUpdates());
    }

    private static CibVersion readVersion(DataInputStream in) throws IOException {
        return new CibVersion(in.readLong(), in.readLong(), in.readLong());
    }
}
