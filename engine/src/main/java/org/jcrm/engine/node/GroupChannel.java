package org.jcrm.engine.node;

import java.util.function.BiConsumer;

/**
 * Membership plus messaging: broadcasts are delivered to every member, the sender included, in the
 * same total order everywhere; direct messages go to one member. Handlers run on the channel's
 * threads and must not block for long.
 */
public interface GroupChannel extends Membership, AutoCloseable {

    /** Sends {@code payload} to all members in total order. */
    void broadcast(byte[] payload);

    /** Sends {@code payload} to one member, named as in {@link #members()}; dropped if it left. */
    void send(String member, byte[] payload);

    /** Sets the handler called with (sender name, payload) for every message received. */
    void onMessage(BiConsumer<String, byte[]> handler);

    /** Leaves the group. */
    @Override
    void close();
}
