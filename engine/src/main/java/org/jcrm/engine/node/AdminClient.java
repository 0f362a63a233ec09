package org.jcrm.engine.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;

/**
 * Talks to a running node through its admin socket ({@code STATE_DIR/jcrmd.sock}). A request is a
 * command line, optionally followed by a body; the answer is {@code ok} or {@code error: MESSAGE}
 * on its first line, then the body.
 */
public final class AdminClient {
    private final Path socket;

    public AdminClient(Path socket) {
        this.socket = socket;
    }

    /** The client of the node whose state directory is {@code stateDir}. */
    public static AdminClient forStateDir(Path stateDir) {
        return new AdminClient(stateDir.resolve(AdminServer.SOCKET_NAME));
    }

    /** The node's view, quorum and CIB version. */
    public NodeStatus status() {
        return NodeStatus.parse(request("status", ""));
    }

    /** The node's current CIB. */
    public Cib cib() {
        return CibXml.parse(request("cib", ""), "CIB of " + socket);
    }

    /**
     * Commits {@code updated}, read at its own version, through the node; returns the new version.
     *
     * @throws StaleCibException when the cluster's CIB changed since {@code updated} was read
     */
    public CibVersion commit(Cib updated) {
        String[] v;
        try {
            v = request("commit", CibXml.toXml(updated)).trim().split("\\.");
        } catch (AdminException e) {
            if (e.getMessage().equals(AdminServer.STALE)) {
                throw new StaleCibException("the cluster's CIB", CibVersion.of(updated), status().cibVersionValue());
            }
            throw e;
        }
        return new CibVersion(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]));
    }

    /** Sends one request and returns the answer's body. */
    public String request(String command, String body) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            OutputStream out = Channels.newOutputStream(channel);
            out.write((command + "\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int eol = answer.indexOf('\n');
            String head = eol < 0 ? answer : answer.substring(0, eol);
            String rest = eol < 0 ? "" : answer.substring(eol + 1);
            if (head.equals(AdminServer.STALE)) {
                throw new AdminException(AdminServer.STALE);
            }
            if (!head.equals("ok")) {
                throw new AdminException(head.startsWith("error: ") ? head.substring(7) : "bad answer from " + socket + ": " + head);
            }
            return rest;
        } catch (IOException e) {
            throw new AdminException("node at " + socket + " is not answering: " + e.getMessage(), e);
        }
    }
}
