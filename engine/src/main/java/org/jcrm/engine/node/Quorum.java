package org.jcrm.engine.node;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tracks this partition's quorum as memberships change and tells listeners whenever it changes.
 * Members not in the configured node list carry no vote.
 */
public final class Quorum {
    private final QuorumPolicy policy;
    private final Set<String> voters;
    private final List<Consumer<QuorumState>> listeners = new CopyOnWriteArrayList<>();
    private boolean allSeenOnce;
    private QuorumState state;

    public Quorum(QuorumPolicy policy, Collection<String> configuredNodes) {
        this.policy = policy;
        this.voters = Set.copyOf(configuredNodes);
        this.state = policy.evaluate(0, false);
    }

    /** The quorum for the configured node list of {@code config}. */
    public static Quorum of(ClusterConfig config) {
        return new Quorum(config.quorumPolicy(), config.nodeNames());
    }

    /** The current quorum. */
    public synchronized QuorumState state() {
        return state;
    }

    /** Recomputes quorum for a new membership and notifies listeners when it changed. */
    public QuorumState update(Collection<String> members) {
        QuorumState next;
        boolean changed;
        synchronized (this) {
            int votes = (int) members.stream().distinct().filter(voters::contains).count();
            if (votes == voters.size()) {
                allSeenOnce = true;
            }
            next = policy.evaluate(votes, allSeenOnce);
            changed = !next.equals(state);
            state = next;
        }
        if (changed) {
            for (Consumer<QuorumState> listener : listeners) {
                listener.accept(next);
            }
        }
        return next;
    }

    /** Calls {@code listener} with each new quorum state. */
    public void addListener(Consumer<QuorumState> listener) {
        listeners.add(listener);
    }
}
