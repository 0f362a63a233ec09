package org.jcrm.engine.node;

/**
 * The votequorum rules of a cluster: one vote per configured node, quorum is a strict majority of
 * the expected votes; with two_node a single vote is enough, and wait_for_all withholds quorum until
 * every node has been seen at the same time once.
 */
public record QuorumPolicy(int expectedVotes, boolean twoNode, boolean waitForAll) {

    public QuorumPolicy {
        if (expectedVotes < 1) {
            throw new IllegalArgumentException("expected votes must be at least 1, got " + expectedVotes);
        }
        if (twoNode && expectedVotes != 2) {
            throw new IllegalArgumentException("two_node needs 2 expected votes, got " + expectedVotes);
        }
    }

    /** The votes a partition needs to be quorate. */
    public int quorumVotes() {
        return twoNode ? 1 : expectedVotes / 2 + 1;
    }

    /**
     * The quorum of a partition holding {@code votes}, given whether all nodes have been seen together
     * since this node started (what wait_for_all waits for).
     */
    public QuorumState evaluate(int votes, boolean allSeenOnce) {
        boolean quorate = votes >= quorumVotes() && (!waitForAll || allSeenOnce);
        return new QuorumState(quorate, votes, expectedVotes, quorumVotes());
    }
}
