package org.jcrm.engine.node;

/** The quorum of this node's partition: whether it is quorate, its votes, and what it needs. */
public record QuorumState(boolean quorate, int votes, int expected, int quorum) {

    /** One line for logs and errors, e.g. "quorate: 2 of 3 votes (quorum 2)". */
    public String describe() {
        return (quorate ? "quorate" : "not quorate") + ": " + votes + " of " + expected + " votes (quorum " + quorum + ")";
    }
}
