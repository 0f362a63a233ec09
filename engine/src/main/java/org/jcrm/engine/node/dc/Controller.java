package org.jcrm.engine.node.dc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.NodeExecutor;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.node.GroupChannel;
import org.jcrm.engine.node.Quorum;
import org.jcrm.engine.scheduler.Scheduler;
import org.jcrm.engine.scheduler.Transition;
import org.jcrm.engine.scheduler.actions.Action;
import org.jcrm.engine.scheduler.unpack.Primitive;
import org.jcrm.engine.store.CibStore;
import org.jcrm.engine.store.CibVersion;

/**
 * The cluster controller every node runs; it acts only on the DC. The DC is the first member of
 * the group view (the group's coordinator) in a quorate partition, so each partition has at most one
 * and a minority partition has none. On every change of membership or of the CIB (debounced) the DC
 * records membership in the status section, runs the scheduler and executes the transition: resource
 * actions on their nodes' executors, fencing through the stonith devices, recording every result in
 * the status section, and schedules again until the transition is empty. A change made by someone
 * else, a failed action or a membership change aborts the running transition and starts a new one.
 */
public final class Controller implements AutoCloseable {
    static final Duration DEBOUNCE = Duration.ofMillis(200);
    static final Duration RETRY = Duration.ofSeconds(2);
    /**
     * How long a new DC waits for configured nodes it has never seen before it treats them as down
     * (and fences them): nodes starting together join within this time.
     */
    static final Duration STARTUP_GRACE = Duration.ofSeconds(10);

    private final GroupChannel channel;
    private final Quorum quorum;
    private final CibStore store;
    private final StatusWriter writer;
    private final List<String> configuredNodes;
    private final ActionService service;
    private final Fencer fencer;
    private final Consumer<String> log;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "controller"));
    private final ExecutorService fencing = Executors.newCachedThreadPool(r -> daemon(r, "fencing"));
    private final BlockingQueue<ActionMessage.Done> results = new LinkedBlockingQueue<>();
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private final AtomicLong transitions = new AtomicLong();
    private volatile boolean abort;
    private volatile boolean closed;
    private volatile Instant startedAt = Instant.now();
    private volatile Instant viewChangedAt = Instant.now();
    /** This daemon's boot: it tells a restarted node from one that stayed up. */
    private final String boot = UUID.randomUUID().toString();
    /** The boot of each member, as their hellos said. */
    private final Map<String, String> boots = new ConcurrentHashMap<>();

    /**
     * @param channel         the controller's own lane of the group channel
     * @param quorum          this partition's quorum, kept current by the caller
     * @param store           the live CIB
     * @param executor        this node's executor (runs the actions the DC sends here, and fencing on the DC)
     * @param configuredNodes the cluster's node list, in order (node ids are positions from 1)
     * @param log             where decisions are logged
     */
    public Controller(GroupChannel channel, Quorum quorum, CibStore store, NodeExecutor executor,
                      List<String> configuredNodes, Consumer<String> log) {
        this.channel = channel;
        this.quorum = quorum;
        this.store = store;
        this.writer = new StatusWriter(store);
        this.configuredNodes = List.copyOf(configuredNodes);
        this.service = new ActionService(channel, executor);
        this.fencer = new Fencer(executor, log);
        this.log = log;
        channel.onMessage(this::receive);
        channel.addViewListener(members -> {
            viewChangedAt = Instant.now();
            boots.keySet().retainAll(members);
            // sending from the view callback could stall the group layer
            whileOpen(() -> fencing.execute(this::hello));
            requestPass(true, DEBOUNCE);
        });
        store.subscribe(cib -> {
            if (!writer.wrote(CibVersion.of(cib))) {
                requestPass(true, DEBOUNCE);
            }
        });
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Whether this node is the DC of its partition now. */
    public boolean isDc() {
        List<String> members = channel.members();
        return quorum.state().quorate() && !members.isEmpty() && members.get(0).equals(channel.localName());
    }

    /** The DC of this partition as this node sees it, or null without quorum. */
    public String dc() {
        List<String> members = channel.members();
        return quorum.state().quorate() && !members.isEmpty() ? members.get(0) : null;
    }

    private void receive(String from, byte[] payload) {
        ActionMessage message;
        try {
            message = ActionMessage.decode(payload);
        } catch (IllegalArgumentException e) {
            log.accept("ignoring a message from " + from + ": " + e.getMessage());
            return;
        }
        if (message instanceof ActionMessage.Run run) {
            service.handle(from, run);
        } else if (message instanceof ActionMessage.Done done) {
            results.add(done);
        } else if (message instanceof ActionMessage.Monitor m && isDc()) {
            abort = true; // a resource failed: the running transition no longer fits, record it first
            whileOpen(() -> loop.execute(() -> monitorChanged(m)));
        } else if (message instanceof ActionMessage.Hello h) {
            if (!h.boot().equals(boots.put(h.node(), h.boot()))) {
                requestPass(true, DEBOUNCE);
            }
        }
    }

    private void hello() {
        try {
            channel.broadcast(ActionMessage.encode(new ActionMessage.Hello(channel.localName(), boot)));
        } catch (IllegalStateException e) {
            // the view changed again or the channel closed; the next view change says hello anew
        }
    }

    private void requestPass(boolean abortRunning, Duration delay) {
        if (closed) {
            return;
        }
        if (abortRunning) {
            abort = true;
        }
        if (passQueued.compareAndSet(false, true)) {
            whileOpen(() -> loop.schedule(this::pass, delay.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Hands work to the controller's threads unless it is closing. */
    private void whileOpen(Runnable submit) {
        if (closed) {
            return;
        }
        try {
            submit.run();
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing more to do
        }
    }

    private void pass() {
        passQueued.set(false);
        abort = false;
        if (closed || !isDc()) {
            return;
        }
        try {
            List<String> members = channel.members();
            Cib cib = store.current();
            if (awaitingHellos(members) || awaitingUnseen(cib, members)) {
                requestPass(false, DEBOUNCE);
                return;
            }
            Map<String, String> known = Map.copyOf(boots);
            writer.apply(doc -> Membership.sync(doc, members, known, configuredNodes, channel.localName()));
            cib = store.current();
            Transition t = Scheduler.schedule(cib, Instant.now());
            boolean work = t.actions().stream().anyMatch(a -> a.kind() == Action.Kind.RESOURCE || a.kind() == Action.Kind.FENCE);
            if (!work) {
                return;
            }
            boolean complete = execute(t, StatusDocument.parse(CibXml.toXml(cib)));
            requestPass(false, complete ? DEBOUNCE : RETRY);
        } catch (RuntimeException e) {
            log.accept("controller pass failed: " + e);
            requestPass(false, RETRY);
        }
    }

    /**
     * Whether some member has not said which boot it runs yet, within the grace time after the view
     * changed: until it has, its state in the CIB cannot be trusted (it may have restarted), and a
     * member never recorded would look unseen and be fenced.
     */
    private boolean awaitingHellos(List<String> members) {
        return Instant.now().isBefore(viewChangedAt.plus(STARTUP_GRACE))
                && members.stream().anyMatch(m -> configuredNodes.contains(m) && !boots.containsKey(m));
    }

    /** Whether some configured node is neither a member nor in the status section, within the grace time. */
    private boolean awaitingUnseen(Cib cib, List<String> members) {
        if (Instant.now().isAfter(startedAt.plus(STARTUP_GRACE))) {
            return false;
        }
        StatusDocument doc = StatusDocument.parse(CibXml.toXml(cib));
        return configuredNodes.stream().anyMatch(n -> !members.contains(n) && doc.findNodeState(n).isEmpty());
    }

    /** Runs a transition in graph order; returns whether every action completed as wanted. */
    private boolean execute(Transition t, StatusDocument config) {
        long number = transitions.incrementAndGet();
        ConfigLookup lookup = new ConfigLookup(config);
        log.accept("transition " + number + ": " + t.actions().size() + " actions");
        Set<Action> done = new HashSet<>();
        Set<Action> fired = new HashSet<>();
        Map<String, InFlight> inFlight = new HashMap<>();
        results.clear();
        boolean failed = false;
        while (true) {
            boolean progress = true;
            while (progress && !abort && !failed && !closed) {
                progress = false;
                for (Action a : t.actions()) {
                    if (fired.contains(a) || !done.containsAll(a.inputs())) {
                        continue;
                    }
                    fired.add(a);
                    switch (a.kind()) {
                        case PSEUDO, CLUSTER -> {
                            done.add(a);
                            progress = true;
                        }
                        case RESOURCE -> {
                            InFlight f = send(number, a, lookup);
                            inFlight.put(f.key, f);
                        }
                        case FENCE -> {
                            String key = number + ":" + a.id() + ":fence";
                            inFlight.put(key, new InFlight(key, a, null));
                            String target = a.node().uname();
                            whileOpen(() -> fencing.execute(() -> results.add(new ActionMessage.Done(key, target,
                                    fencer.fence(target, a.task(), lookup)))));
                        }
                    }
                }
            }
            if (inFlight.isEmpty()) {
                break;
            }
            ActionMessage.Done d;
            try {
                d = results.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (d == null) {
                List<String> members = channel.members();
                if (inFlight.values().removeIf(f -> f.request != null && !members.contains(f.request.node()))) {
                    failed = true;
                }
                if (closed) {
                    return false;
                }
                continue;
            }
            // every result that is in is recorded in one commit: a commit costs a round of the group
            List<ActionMessage.Done> batch = new ArrayList<>();
            batch.add(d);
            results.drainTo(batch);
            List<InFlight> answered = new ArrayList<>();
            List<ActionResult> outcomes = new ArrayList<>();
            for (ActionMessage.Done x : batch) {
                InFlight f = inFlight.remove(x.key());
                if (f != null) {
                    answered.add(f);
                    outcomes.add(x.result());
                }
            }
            boolean[] ok = completed(answered, outcomes);
            for (int i = 0; i < ok.length; i++) {
                if (ok[i]) {
                    done.add(answered.get(i).action);
                } else {
                    failed = true;
                }
            }
        }
        boolean complete = done.containsAll(t.actions());
        log.accept("transition " + number + (complete ? " complete" : abort ? " aborted" : " stopped early"));
        return complete || abort;
    }

    private InFlight send(long number, Action a, ConfigLookup lookup) {
        Primitive p = a.primitive();
        String node = a.node().uname();
        String rsc = a.displayName();
        boolean cancel = a.task().equals("cancel");
        String task = cancel ? "monitor" : a.task();
        long timeout = lookup.timeoutMs(rsc, task, a.intervalMs());
        int expected = expectedRc(a, p);
        String key = number + ":" + a.id();
        String transitionKey = a.id() + ":" + number + ":" + expected + ":" + OpRecorder.UUID;
        Map<String, String> meta = new HashMap<>(lookup.meta(rsc));
        meta.put("operation", task);
        AgentRef agent = new AgentRef(p.standard(), p.provider(), p.agent());
        ExecutorAction action = new ExecutorAction(rsc, agent, a.task(), Duration.ofMillis(a.intervalMs()),
                Duration.ofMillis(timeout), p.params(), meta);
        OpRecorder.Request rq = new OpRecorder.Request(node, rsc, agent, a.task(), a.intervalMs(), expected,
                transitionKey, p.params(), timeout);
        channel.send(node, ActionMessage.encode(new ActionMessage.Run(key, action)));
        log.accept("  " + a.key() + " on " + node);
        return new InFlight(key, a, rq);
    }

    private static int expectedRc(Action a, Primitive p) {
        if (a.task().equals("monitor") && a.intervalMs() == 0) {
            return OcfCode.NOT_RUNNING;
        }
        if (a.task().equals("monitor")) {
            boolean promoted = p.ops().stream().anyMatch(o -> o.name().equals("monitor") && o.intervalMs() == a.intervalMs()
                    && o.role() != null && o.role().name().equals("PROMOTED"));
            return promoted ? OcfCode.RUNNING_PROMOTED : OcfCode.SUCCESS;
        }
        return OcfCode.SUCCESS;
    }

    /** Records answered actions (operations in one commit); says for each whether it went as wanted. */
    private boolean[] completed(List<InFlight> answered, List<ActionResult> outcomes) {
        boolean[] ok = new boolean[answered.size()];
        List<Integer> operations = new ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            if (answered.get(i).request == null) {
                ok[i] = fenced(answered.get(i), outcomes.get(i));
            } else {
                operations.add(i);
            }
        }
        if (operations.isEmpty()) {
            return ok;
        }
        Instant now = Instant.now();
        writer.apply(doc -> {
            for (int i : operations) {
                ok[i] = OpRecorder.record(doc, answered.get(i).request, outcomes.get(i), now);
            }
        });
        for (int i : operations) {
            InFlight f = answered.get(i);
            log.accept("  " + f.action.key() + " on " + f.request.node() + ": " + outcomes.get(i).summary());
        }
        return ok;
    }

    /** Records the outcome of a fencing action; whether it confirmed the fence. */
    private boolean fenced(InFlight f, ActionResult result) {
        String target = f.action.node().uname();
        boolean ok = result.is(OcfCode.SUCCESS);
        writer.apply(doc -> {
            if (ok) {
                doc.memberDown(target);
                doc.nodeStateAttribute(target, Fencer.FAILURE_ATTRIBUTE, "");
            } else {
                doc.nodeStateAttribute(target, Fencer.FAILURE_ATTRIBUTE, result.exitReason());
            }
        });
        log.accept("  fencing " + target + ": " + (ok ? "confirmed" : result.exitReason()));
        return ok;
    }

    private void monitorChanged(ActionMessage.Monitor m) {
        ExecutorAction a = m.action();
        Cib cib = store.current();
        Primitive p = Scheduler.schedule(cib, Instant.now()).workingSet().primitives().stream()
                .filter(x -> x.id().equals(a.resourceId()) || a.resourceId().startsWith(x.id() + ":")).findFirst().orElse(null);
        if (p == null) {
            return;
        }
        long interval = a.interval().toMillis();
        boolean promoted = p.ops().stream().anyMatch(o -> o.name().equals("monitor") && o.intervalMs() == interval
                && o.role() != null && o.role().name().equals("PROMOTED"));
        int expected = promoted ? OcfCode.RUNNING_PROMOTED : OcfCode.SUCCESS;
        OpRecorder.Request rq = new OpRecorder.Request(m.node(), a.resourceId(), a.agent(), "monitor", interval, expected,
                "0:0:" + expected + ":" + OpRecorder.UUID, a.parameters(), a.timeout().toMillis());
        writer.apply(doc -> OpRecorder.record(doc, rq, m.result(), Instant.now()));
        log.accept("monitor of " + a.resourceId() + " on " + m.node() + ": " + m.result().summary());
        requestPass(true, DEBOUNCE);
    }

    /** Starts acting (the first pass runs once membership settles). */
    public void start() {
        startedAt = Instant.now();
        requestPass(false, DEBOUNCE);
    }

    @Override
    public void close() {
        closed = true;
        loop.shutdownNow();
        fencing.shutdownNow();
    }

    /** An action sent and not yet answered; {@code request} is null for fencing. */
    private record InFlight(String key, Action action, OpRecorder.Request request) {
    }
}
