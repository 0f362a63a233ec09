package org.jcrm.engine.node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.protocols.DISCARD;

/**
 * The {@link GroupChannel} of a node over JGroups. Members are known by their node names (JGroups
 * logical names). Register handlers, then {@link #connect()}.
 */
public final class JGroupsChannel implements GroupChannel {
    private final JChannel channel;
    private final String clusterName;
    private final List<Consumer<List<String>>> viewListeners = new CopyOnWriteArrayList<>();
    private volatile BiConsumer<String, byte[]> handler = (from, payload) -> { };
    private volatile View view;

    private JGroupsChannel(JChannel channel, String clusterName) {
        this.channel = channel;
        this.clusterName = clusterName;
    }

    /**
     * A channel for node {@code nodeName} of {@code config}, encrypting with {@code key} (written to
     * a keystore at {@code keystore} for JGroups to read).
     */
    public static JGroupsChannel create(ClusterConfig config, String nodeName, ClusterKey key, Path keystore) {
        NodeAddress self = config.node(nodeName).orElseThrow(() -> new IllegalArgumentException(
                "node " + nodeName + " is not in the node list of cluster " + config.name()));
        String password = "jcrm-" + config.name();
        key.writeKeystore(keystore, password.toCharArray());
        String xml = JGroupsStack.xml(config, self, keystore, password);
        try {
            JChannel channel = new JChannel(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            channel.name(nodeName);
            JGroupsChannel result = new JGroupsChannel(channel, config.name());
            channel.setReceiver(result.new Dispatcher());
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the cluster stack for " + nodeName + ": " + e.getMessage(), e);
        }
    }

    /** Joins the cluster (or founds it when nobody answers). */
    public void connect() {
        try {
            channel.connect(clusterName);
        } catch (Exception e) {
            throw new IllegalStateException("cannot join cluster " + clusterName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String localName() {
        return channel.name();
    }

    @Override
    public List<String> members() {
        View v = view;
        return v == null ? List.of(localName()) : v.getMembers().stream().map(Address::toString).toList();
    }

    @Override
    public void addViewListener(Consumer<List<String>> listener) {
        viewListeners.add(listener);
    }

    @Override
    public void onMessage(BiConsumer<String, byte[]> handler) {
        this.handler = handler;
    }

    @Override
    public void broadcast(byte[] payload) {
        sendTo(null, payload);
    }

    @Override
    public void send(String member, byte[] payload) {
        View v = view;
        if (v == null) {
            return;
        }
        for (Address a : v.getMembers()) {
            if (a.toString().equals(member)) {
                sendTo(a, payload);
                return;
            }
        }
    }

    private void sendTo(Address destination, byte[] payload) {
        try {
            channel.send(new BytesMessage(destination, payload));
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + (destination == null ? "the cluster" : destination)
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops (true) or passes again (false) every message this node sends or receives, as if its
     * network link were cut: the other nodes soon suspect it and it them. For tests of partitions.
     */
    public void isolate(boolean cut) {
        DISCARD discard = channel.getProtocolStack().findProtocol(DISCARD.class);
        if (discard == null) {
            throw new IllegalStateException("the cluster stack has no DISCARD protocol to isolate the node with");
        }
        discard.discardAll(cut);
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Forwards JGroups callbacks to our handlers. */
    private final class Dispatcher implements Receiver {
        @Override
        public void receive(Message msg) {
            byte[] payload = new byte[msg.getLength()];
            System.arraycopy(msg.getArray(), msg.getOffset(), payload, 0, msg.getLength());
            handler.accept(String.valueOf(msg.getSrc()), payload);
        }

        @Override
        public void viewAccepted(View newView) {
            view = newView;
            List<String> names = newView.getMembers().stream().map(Address::toString).toList();
            for (Consumer<List<String>> listener : viewListeners) {
                listener.accept(names);
            }
        }
    }
}
