package org.jcrm.engine.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Shares one {@link GroupChannel} between several users: each {@link #lane(int)} is a channel of its
 * own whose messages carry a one-byte tag, so the replicated CIB and the controller each get only
 * their own messages while keeping the channel's total order.
 */
public final class ChannelMux {
    private final GroupChannel base;
    private final Map<Integer, BiConsumer<String, byte[]>> handlers = new ConcurrentHashMap<>();

    public ChannelMux(GroupChannel base) {
        this.base = base;
        base.onMessage(this::dispatch);
    }

    /** The channel of lane {@code tag} (0..255); closing it leaves the shared channel open. */
    public GroupChannel lane(int tag) {
        if (tag < 0 || tag > 255) {
            throw new IllegalArgumentException("lane tag must be 0..255, got " + tag);
        }
        return new Lane(tag);
    }

    private void dispatch(String from, byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        BiConsumer<String, byte[]> h = handlers.get(payload[0] & 0xff);
        if (h != null) {
            byte[] body = new byte[payload.length - 1];
            System.arraycopy(payload, 1, body, 0, body.length);
            h.accept(from, body);
        }
    }

    private static byte[] tagged(int tag, byte[] payload) {
        byte[] out = new byte[payload.length + 1];
        out[0] = (byte) tag;
        System.arraycopy(payload, 0, out, 1, payload.length);
        return out;
    }

    /** One tagged lane of the shared channel. */
    private final class Lane implements GroupChannel {
        private final int tag;

        Lane(int tag) {
            this.tag = tag;
        }

        @Override
        public String localName() {
            return base.localName();
        }

        @Override
        public List<String> members() {
            return base.members();
        }

        @Override
        public void addViewListener(Consumer<List<String>> listener) {
            base.addViewListener(listener);
        }

        @Override
        public void broadcast(byte[] payload) {
            base.broadcast(tagged(tag, payload));
        }

        @Override
        public void send(String member, byte[] payload) {
            base.send(member, tagged(tag, payload));
        }

        @Override
        public void onMessage(BiConsumer<String, byte[]> handler) {
            handlers.put(tag, handler);
        }

        @Override
        public void close() {
            handlers.remove(tag);
        }
    }
}
