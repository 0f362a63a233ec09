package org.jcrm.engine.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void majorityOfExpectedVotes() {
        assertEquals(1, new QuorumPolicy(1, false, false).quorumVotes());
        assertEquals(2, new QuorumPolicy(2, false, false).quorumVotes());
        assertEquals(2, new QuorumPolicy(3, false, false).quorumVotes());
        assertEquals(3, new QuorumPolicy(4, false, false).quorumVotes());
        assertEquals(3, new QuorumPolicy(5, false, false).quorumVotes());
        QuorumPolicy three = new QuorumPolicy(3, false, false);
        assertFalse(three.evaluate(1, true).quorate());
        assertTrue(three.evaluate(2, false).quorate());
        assertEquals(new QuorumState(true, 3, 3, 2), three.evaluate(3, true));
    }

    @Test
    void twoNodeNeedsOneVoteButWaitsForAllFirst() {
        Quorum quorum = new Quorum(new QuorumPolicy(2, true, true), List.of("a", "b"));
        assertFalse(quorum.update(List.of("a")).quorate(), "wait_for_all: alone at start-up is not enough");
        assertTrue(quorum.update(List.of("a", "b")).quorate());
        QuorumState alone = quorum.update(List.of("a"));
        assertTrue(alone.quorate(), "two_node: the survivor keeps quorum");
        assertEquals(1, alone.votes());
        assertEquals(1, alone.quorum());
    }

    @Test
    void twoNodeWithoutWaitForAllIsQuorateAlone() {
        Quorum quorum = new Quorum(new QuorumPolicy(2, true, false), List.of("a", "b"));
        assertTrue(quorum.update(List.of("b")).quorate());
    }

    @Test
    void strangersCarryNoVoteAndListenersHearOnlyChanges() {
        Quorum quorum = new Quorum(new QuorumPolicy(3, false, false), List.of("a", "b", "c"));
        List<QuorumState> heard = new ArrayList<>();
        quorum.addListener(heard::add);
        assertFalse(quorum.update(List.of("a", "intruder")).quorate());
        quorum.update(List.of("a", "b"));
        quorum.update(List.of("b", "a"));
        quorum.update(List.of("a"));
        assertEquals(List.of(new QuorumState(false, 1, 3, 2), new QuorumState(true, 2, 3, 2),
                new QuorumState(false, 1, 3, 2)), heard);
    }

    @Test
    void twoNodeRequiresTwoNodes() {
        assertThrows(IllegalArgumentException.class, () -> new QuorumPolicy(3, true, true));
    }
}
