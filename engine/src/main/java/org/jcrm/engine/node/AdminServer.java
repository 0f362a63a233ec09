package org.jcrm.engine.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;

/**
 * A node's local admin socket, a Unix domain socket only local users can reach: answers
 * {@code status}, {@code cib} and {@code commit} (body: the changed CIB at the version it was read)
 * in the format {@link AdminClient} reads; a stale commit is answered {@value #STALE}. Further
 * commands (such as the test-only {@code isolate on|off}) are added with {@link #register}.
 */
public final class AdminServer implements AutoCloseable {
    public static final String SOCKET_NAME = "jcrmd.sock";
    /** The first line of the answer to a commit whose base is no longer current. */
    static final String STALE = "stale";

    private final Path socket;
    private final Supplier<NodeStatus> status;
    private final CibStore store;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "admin");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Function<String, String>> extra = new ConcurrentHashMap<>();
    private ServerSocketChannel server;

    public AdminServer(Path stateDir, Supplier<NodeStatus> status, CibStore store) {
        this.socket = stateDir.resolve(SOCKET_NAME);
        this.status = status;
        this.store = store;
    }

    /** Adds a command: {@code handler} gets the rest of the command line and returns the answer. */
    public void register(String command, Function<String, String> handler) {
        extra.put(command, handler);
    }

    /** Binds the socket (replacing a leftover one) and serves requests on background threads. */
    public void start() throws IOException {
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        workers.execute(this::acceptLoop);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                workers.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            InputStream in = Channels.newInputStream(client);
            String request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int eol = request.indexOf('\n');
            String command = (eol < 0 ? request : request.substring(0, eol)).trim();
            String body = eol < 0 ? "" : request.substring(eol + 1);
            String answer;
            try {
                answer = "ok\n" + answer(command, body);
            } catch (StaleCibException e) {
                answer = STALE + "\n" + store.current().getEpoch() + "\n";
            } catch (RuntimeException e) {
                answer = "error: " + String.valueOf(e.getMessage()).replace('\n', ' ') + "\n";
            }
            OutputStream out = Channels.newOutputStream(client);
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    private String answer(String command, String body) {
        switch (command) {
            case "status":
                return status.get().toText();
            case "cib":
                return CibXml.toXml(store.current());
            case "commit":
                Cib updated = CibXml.parse(body, "commit request");
                return store.commit(CibVersion.of(updated), updated) + "\n";
            default:
                String[] words = command.split("\\s+", 2);
                Function<String, String> handler = extra.get(words[0]);
                if (handler == null) {
                    throw new IllegalArgumentException("unknown admin command '" + command + "' (status, cib, commit"
                            + (extra.isEmpty() ? "" : ", " + String.join(", ", new TreeSet<>(extra.keySet()))) + ")");
                }
                return handler.apply(words.length > 1 ? words[1].trim() : "");
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        workers.shutdownNow();
        Files.deleteIfExists(socket);
    }
}
