package org.jcrm.engine.store.replicated;

import org.jcrm.engine.node.QuorumState;

/** A commit was refused because this node's partition does not have quorum; nothing was written. */
public class NoQuorumException extends IllegalStateException {
    public NoQuorumException(String node, QuorumState quorum) {
        super("commit refused: node " + node + " has no quorum (" + quorum.describe()
                + "); the CIB can only change in a quorate partition");
    }
}
