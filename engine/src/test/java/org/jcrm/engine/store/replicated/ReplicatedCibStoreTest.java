package org.jcrm.engine.store.replicated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.node.Quorum;
import org.jcrm.engine.node.QuorumPolicy;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicatedCibStoreTest {
    private static final List<String> NODES = List.of("a", "b", "c");

    @TempDir
    Path dir;

    private final InMemoryGroup group = new InMemoryGroup();

    private record Node(InMemoryGroup.Member channel, ReplicatedCibStore store) {
    }

    private Node node(String name) {
        InMemoryGroup.Member channel = group.member(name);
        Quorum quorum = new Quorum(new QuorumPolicy(NODES.size(), false, false), NODES);
        channel.addViewListener(quorum::update);
        return new Node(channel, new ReplicatedCibStore(channel, quorum, new CibDiskCopy(dir.resolve(name)),
                Duration.ofSeconds(2)));
    }

    private static void awaitVersion(ReplicatedCibStore store, CibVersion expected) throws InterruptedException {
        for (int i = 0; i < 200 && !store.version().equals(expected); i++) {
            Thread.sleep(10);
        }
        assertEquals(expected, store.version());
    }

    private static CibVersion rename(ReplicatedCibStore store, String clusterName) {
        Cib cib = store.current();
        cib.setValidateWith("pacemaker-3.9");
        cib.setDcUuid(clusterName);
        return store.commit(CibVersion.of(cib), cib);
    }

    @Test
    void commitOnOneNodeIsStoredOnAll() throws Exception {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        group.join(a.channel());
        group.join(b.channel());
        group.join(c.channel());
        CibVersion v = rename(b.store(), "x");
        assertEquals(new CibVersion(0, 2, 0), v);
        for (Node n : List.of(a, b, c)) {
            assertEquals(v, n.store().version());
            assertEquals("x", n.store().current().getDcUuid());
            assertTrue(Files.readString(dir.resolve(n.channel().localName()).resolve("cib.xml")).contains("dc-uuid=\"x\""));
        }
    }

    @Test
    void aConfigurationChangeGoesOnTopOfStatusRecordedSinceItsBase() {
        Node a = node("a");
        Node b = node("b");
        group.join(a.channel());
        group.join(b.channel());
        Cib read = a.store().current();
        Cib withStatus = org.jcrm.engine.cib.CibXml.parse(org.jcrm.engine.cib.CibXml.toXml(b.store().current())
                .replace("<status/>", "<status><node_state id=\"1\" uname=\"a\" in_ccm=\"true\"/></status>"), "test");
        CibVersion recorded = b.store().commit(CibVersion.of(withStatus), withStatus);
        read.setValidateWith("pacemaker-3.9");
        CibVersion v = a.store().commit(CibVersion.of(read), read);
        assertEquals(recorded.nextEpoch(), v);
        String stored = org.jcrm.engine.cib.CibXml.toXml(b.store().current());
        assertTrue(stored.contains("validate-with=\"pacemaker-3.9\""), stored);
        assertTrue(stored.contains("uname=\"a\""), stored);
        Cib statusEdit = org.jcrm.engine.cib.CibXml.parse(org.jcrm.engine.cib.CibXml.toXml(read)
                .replace("<status/>", "<status><node_state id=\"2\" uname=\"b\"/></status>"), "test");
        assertThrows(StaleCibException.class, () -> a.store().commit(CibVersion.of(read), statusEdit),
                "a status change from an old base would undo what was recorded");
    }

    @Test
    void staleBaseIsRefused() {
        Node a = node("a");
        Node b = node("b");
        group.join(a.channel());
        group.join(b.channel());
        Cib old = a.store().current();
        rename(b.store(), "first");
        old.setDcUuid("second");
        assertThrows(StaleCibException.class, () -> a.store().commit(CibVersion.of(old), old));
        assertEquals("first", a.store().current().getDcUuid());
    }

    @Test
    void withoutQuorumNothingIsCommitted() {
        Node a = node("a");
        node("b");
        group.join(a.channel());
        NoQuorumException e = assertThrows(NoQuorumException.class, () -> rename(a.store(), "x"));
        assertTrue(e.getMessage().contains("1 of 3 votes (quorum 2)"), e.getMessage());
        assertEquals(new CibVersion(0, 1, 0), a.store().version());
    }

    @Test
    void aCommitWaitingWhenQuorumIsLostFailsAtOnce() {
        Node a = node("a");
        // c is in the view but never answers, so a's commit waits for a second copy.
        InMemoryGroup.Member silent = group.member("c");
        group.join(a.channel());
        group.join(silent);
        Thread leaving = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            group.leave(silent);
        });
        leaving.start();
        NoQuorumException e = assertThrows(NoQuorumException.class, () -> rename(a.store(), "x"));
        assertTrue(e.getMessage().contains("no quorum"), e.getMessage());
    }

    @Test
    void rejoiningNodeTakesTheNewerCibAndNobodyGoesBack() throws Exception {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        group.join(a.channel());
        group.join(b.channel());
        group.join(c.channel());
        rename(a.store(), "one");
        group.leave(c.channel());
        CibVersion newer = rename(a.store(), "two");
        group.join(c.channel());
        awaitVersion(c.store(), newer);
        assertEquals("two", c.store().current().getDcUuid());
        assertEquals(newer, a.store().version());
    }

    @Test
    void restartedNodeReadsItsCopyFromDisk() {
        Node a = node("a");
        Node b = node("b");
        group.join(a.channel());
        group.join(b.channel());
        CibVersion v = rename(a.store(), "kept");
        Node again = node("a");
        assertEquals(v, again.store().version());
        assertEquals("kept", again.store().current().getDcUuid());
    }

    @Test
    void damagedCopyIsIgnored() throws Exception {
        Node a = node("a");
        Node b = node("b");
        group.join(a.channel());
        group.join(b.channel());
        rename(a.store(), "kept");
        Files.writeString(dir.resolve("a").resolve("cib.xml"), "<cib epoch=\"99\"/>");
        assertTrue(new CibDiskCopy(dir.resolve("a")).read().isEmpty());
    }

    @Test
    void onlyStrictlyNewerVersionsSupersede() {
        CibVersion held = new CibVersion(0, 5, 2);
        assertTrue(ReplicatedCibStore.supersedes(new CibVersion(0, 5, 3), held));
        assertTrue(ReplicatedCibStore.supersedes(new CibVersion(1, 0, 0), held));
        assertFalse(ReplicatedCibStore.supersedes(held, held));
        assertFalse(ReplicatedCibStore.supersedes(new CibVersion(0, 4, 9), held));
    }
}
