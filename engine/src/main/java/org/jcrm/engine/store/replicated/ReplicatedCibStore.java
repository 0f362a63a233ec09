package org.jcrm.engine.store.replicated;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.node.GroupChannel;
import org.jcrm.engine.node.Quorum;
import org.jcrm.engine.node.QuorumState;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;
import org.jcrm.engine.store.StaleCibException;

/**
 * The CIB of a cluster node: every member keeps a copy on disk, and a commit from any member is a
 * totally ordered proposal that each member stores only if it still holds the base version, so all
 * members take the same decisions in the same order. A commit returns once a majority (the quorum)
 * has stored it, is refused outright without quorum, and fails as soon as quorum is lost while it
 * waits. After every view change each member
 * offers its CIB, and everyone adopts the highest version seen: a rejoining node catches up and the
 * cluster never goes back to an older CIB. A commit whose base is no longer current still goes
 * through when only the status section changed since its base and the commit leaves the status as
 * it read it: it is applied on top of the current status ({@link StatusRebase}), so configuration
 * changes do not conflict with the operation results the cluster records meanwhile.
 */
public final class ReplicatedCibStore implements CibStore, AutoCloseable {
    private static final DateTimeFormatter LAST_WRITTEN =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    private final GroupChannel channel;
    private final Quorum quorum;
    private final CibDiskCopy disk;
    private final Duration commitTimeout;
    private final Map<String, PendingCommit> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Cib>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong proposals = new AtomicLong();
    /** Recently stored CIBs by version, the bases a late commit may be rebased from. */
    private final Map<CibVersion, String> recent = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CibVersion, String> eldest) {
            return size() > RECENT_VERSIONS;
        }
    };
    private static final int RECENT_VERSIONS = 32;
    // Announcing from the view callback itself could stall the group layer; a thread of our own sends it.
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cib-announcer");
        t.setDaemon(true);
        return t;
    });
    private String xml;
    private CibVersion version;
    /** Set by {@link #close}: from then on the disk copy is never written again. */
    private boolean closed;

    /**
     * A store over {@code channel}, refusing commits while {@code quorum} (kept up to date by the
     * caller) is not quorate, keeping its copy in {@code disk}. Create it before the channel connects
     * so that it sees the first view.
     */
    public ReplicatedCibStore(GroupChannel channel, Quorum quorum, CibDiskCopy disk, Duration commitTimeout) {
        this.channel = channel;
        this.quorum = quorum;
        this.disk = disk;
        this.commitTimeout = commitTimeout;
        this.xml = disk.read().orElseGet(() -> CibXml.toXml(Cib.empty()));
        this.version = CibVersion.of(CibXml.parse(xml, disk.file().toString()));
        recent.put(version, xml);
        channel.onMessage(this::receive);
        channel.addViewListener(members -> announcer.execute(this::announce));
        // A partition without quorum cannot confirm anything: waiting out the commit timeout
        // would only hold the caller (a shutdown, an admin's commit) for nothing.
        quorum.addListener(state -> {
            if (!state.quorate()) {
                pending.values().forEach(p -> p.fail(new NoQuorumException(channel.localName(), state)));
            }
        });
    }

    /** Whether a CIB at {@code offered} replaces one at {@code held}: only a strictly newer one does. */
    static boolean supersedes(CibVersion offered, CibVersion held) {
        return offered.compareTo(held) > 0;
    }

    @Override
    public synchronized Cib current() {
        return CibXml.parse(xml, name());
    }

    /** The version of the CIB this node holds. */
    public synchronized CibVersion version() {
        return version;
    }

    @Override
    public CibVersion commit(CibVersion base, Cib updated) {
        QuorumState q = quorum.state();
        if (!q.quorate()) {
            throw new NoQuorumException(channel.localName(), q);
        }
        CibVersion held;
        String heldXml;
        String baseXml;
        synchronized (this) {
            held = version;
            heldXml = xml;
            baseXml = recent.get(base);
        }
        if (!held.equals(base)) {
            String rebased = baseXml == null ? null
                    : StatusRebase.rebase(baseXml, heldXml, CibXml.toXml(updated)).orElse(null);
            if (rebased == null) {
                throw new StaleCibException(name(), base, held);
            }
            updated = CibXml.parse(rebased, name());
            base = held;
        }
        base.nextEpoch().applyTo(updated);
        updated.setCibLastWritten(LAST_WRITTEN.format(ZonedDateTime.now(ZoneId.systemDefault())));
        String id = channel.localName() + "-" + proposals.incrementAndGet();
        PendingCommit commit = new PendingCommit(name(), base, q.quorum());
        pending.put(id, commit);
        try {
            channel.broadcast(CibMessage.encode(new CibMessage.Propose(id, base, CibXml.toXml(updated))));
            return commit.await(commitTimeout);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void subscribe(Consumer<Cib> listener) {
        listeners.add(listener);
    }

    @Override
    public String name() {
        return "live CIB of " + channel.localName();
    }

    /**
     * Stops offering, taking and storing CIBs, after any write in progress has finished; the
     * channel belongs to the caller.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        announcer.shutdownNow();
    }

    private void receive(String from, byte[] payload) {
        CibMessage message = CibMessage.decode(payload);
        if (message instanceof CibMessage.Propose p) {
            CibMessage.Ack ack = decide(p);
            if (ack == null) {
                return;
            }
            if (from.equals(channel.localName())) {
                PendingCommit mine = pending.get(p.id());
                if (mine != null) {
                    mine.local(ack);
                }
            } else {
                channel.send(from, CibMessage.encode(ack));
            }
        } else if (message instanceof CibMessage.Ack a) {
            PendingCommit mine = pending.get(a.id());
            if (mine != null) {
                mine.remote(a);
            }
        } else if (message instanceof CibMessage.Announce a) {
            adopt(a.version(), a.xml());
        }
    }

    /** The answer to a proposal, or null once closed: a closed store answers nothing, like a stopped node. */
    private CibMessage.Ack decide(CibMessage.Propose p) {
        CibVersion stored;
        synchronized (this) {
            if (closed) {
                return null;
            }
            if (!version.equals(p.base())) {
                return new CibMessage.Ack(p.id(), false, version);
            }
            store(p.base().nextEpoch(), p.xml());
            stored = version;
        }
        notifyListeners(p.xml());
        return new CibMessage.Ack(p.id(), true, stored);
    }

    private void adopt(CibVersion offered, String offeredXml) {
        synchronized (this) {
            if (closed || !supersedes(offered, version)) {
                return;
            }
            store(offered, offeredXml);
        }
        notifyListeners(offeredXml);
    }

    private void store(CibVersion next, String nextXml) {
        disk.write(nextXml);
        xml = nextXml;
        version = next;
        recent.put(next, nextXml);
    }

    private void announce() {
        String x;
        CibVersion v;
        synchronized (this) {
            x = xml;
            v = version;
        }
        try {
            channel.broadcast(CibMessage.encode(new CibMessage.Announce(v, x)));
        } catch (IllegalStateException e) {
            // The view changed again or the channel closed; the next view change announces anew.
        }
    }

    private void notifyListeners(String storedXml) {
        if (listeners.isEmpty()) {
            return;
        }
        Cib cib = CibXml.parse(storedXml, name());
        for (Consumer<Cib> listener : listeners) {
            listener.accept(cib);
        }
    }
}
