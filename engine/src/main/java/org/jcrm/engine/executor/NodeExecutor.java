package org.jcrm.engine.executor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node-local executor: runs {@link ExecutorAction}s through the {@link ActionHandler} its
 * {@link HandlerResolver} picks, with at most {@code maxConcurrent} actions at a time on the node and
 * at most one at a time per resource. Waiting resources are served round-robin so one busy resource
 * cannot starve the others. Every action ends within its timeout: on expiry the handler's thread is
 * interrupted (handlers kill their processes then) and the action is reported with
 * {@link OpStatus#TIMEOUT}. Recurring monitors run at their interval and report only changes; a stop
 * of a resource cancels its recurring monitors first.
 */
public final class NodeExecutor implements AutoCloseable {
    /** How long a handler may take to stop after its timeout before the executor gives up on it. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** The most a recurring action's run is delayed so that runs due about together start together. */
    static final Duration MAX_SLACK = Duration.ofMillis(100);

    private final HandlerResolver handlers;
    private final int maxConcurrent;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    private final Object lock = new Object();
    private final Map<String, Deque<Job>> queues = new LinkedHashMap<>();
    private final Deque<String> rotation = new ArrayDeque<>();
    private final Set<String> busyResources = new HashSet<>();
    private final Map<String, Recurring> recurring = new HashMap<>();
    private int running;
    private boolean closed;

    /**
     * @param handlers      finds the handler of each action's agent
     * @param maxConcurrent the node's limit on actions running at once (at least 1)
     */
    public NodeExecutor(HandlerResolver handlers, int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
        }
        this.handlers = handlers;
        this.maxConcurrent = maxConcurrent;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> daemon(r, "jcrm-exec-" + n.incrementAndGet()));
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "jcrm-exec-timer"));
        // Nearly every watchdog is cancelled when its action ends; left in the queue until their
        // deadline they would pile up (a hundred a second) and keep their jobs alive.
        scheduler.setRemoveOnCancelPolicy(true);
        this.timer = scheduler;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Queues a one-shot action. A {@code stop} first cancels the resource's recurring monitors.
     *
     * @throws IllegalArgumentException for a recurring action (use {@link #startRecurring})
     */
    public CompletableFuture<ActionResult> submit(ExecutorAction action) {
        if (action.isRecurring()) {
            throw new IllegalArgumentException(action.key() + " is recurring: use startRecurring");
        }
        if (action.action().equals("stop")) {
            cancelAll(action.resourceId());
        }
        return enqueue(action);
    }

    /**
     * Starts a recurring action (a monitor with a positive interval): it runs now, then again an
     * interval after each completion, and {@code listener} hears the first result and every change.
     * A recurring action with the same key replaces the old one.
     */
    public void startRecurring(ExecutorAction action, ResultListener listener) {
        if (!action.isRecurring()) {
            throw new IllegalArgumentException(action.key() + " has no interval");
        }
        Recurring r = new Recurring(action, listener);
        Recurring old;
        synchronized (lock) {
            old = recurring.put(action.key(), r);
        }
        if (old != null) {
            old.cancel(false);
        }
        r.runOnce();
    }

    /** Cancels one recurring action; returns whether it was active. */
    public boolean cancel(String resourceId, String actionName, Duration interval) {
        Recurring r;
        synchronized (lock) {
            r = recurring.remove(resourceId + "_" + actionName + "_" + interval.toMillis());
        }
        if (r == null) {
            return false;
        }
        r.cancel(true);
        return true;
    }

    /** Cancels every recurring action of a resource; returns how many there were. */
    public int cancelAll(String resourceId) {
        List<Recurring> found = new ArrayList<>();
        synchronized (lock) {
            for (Iterator<Recurring> it = recurring.values().iterator(); it.hasNext(); ) {
                Recurring r = it.next();
                if (r.action.resourceId().equals(resourceId)) {
                    found.add(r);
                    it.remove();
                }
            }
        }
        found.forEach(r -> r.cancel(true));
        return found.size();
    }

    /** The keys of the recurring actions now active, for status displays and tests. */
    public Set<String> recurringKeys() {
        synchronized (lock) {
            return Set.copyOf(recurring.keySet());
        }
    }

    /** How many actions are running right now. */
    public int runningCount() {
        synchronized (lock) {
            return running;
        }
    }

    private CompletableFuture<ActionResult> enqueue(ExecutorAction action) {
        Job job = new Job(action);
        synchronized (lock) {
            if (closed) {
                job.result.complete(ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.CANCELLED,
                        "executor is shut down"));
                return job.result;
            }
            Deque<Job> queue = queues.get(action.resourceId());
            if (queue == null) {
                // A resource is in the rotation exactly while it has a queue: no need to search it.
                queue = new ArrayDeque<>();
                queues.put(action.resourceId(), queue);
                rotation.addLast(action.resourceId());
            }
            queue.add(job);
        }
        dispatch();
        return job.result;
    }

    /** Starts queued jobs while slots are free, taking resources in round-robin order. */
    private void dispatch() {
        List<Job> toStart = new ArrayList<>();
        synchronized (lock) {
            Job next;
            while ((next = claimNext()) != null) {
                toStart.add(next);
            }
        }
        toStart.forEach(job -> workers.execute(() -> work(job)));
    }

    /** Takes the next job in turn and its slot, if a slot is free and a job waits. Holds the lock. */
    private Job claimNext() {
        if (closed || running >= maxConcurrent) {
            return null;
        }
        Job next = takeNext();
        if (next != null) {
            running++;
            busyResources.add(next.action.resourceId());
        }
        return next;
    }

    private Job takeNext() {
        for (Iterator<String> it = rotation.iterator(); it.hasNext(); ) {
            String rsc = it.next();
            if (busyResources.contains(rsc)) {
                continue;
            }
            Deque<Job> q = queues.get(rsc);
            Job job = q.poll();
            it.remove();
            if (q.isEmpty()) {
                queues.remove(rsc);
            } else {
                rotation.addLast(rsc);
            }
            return job;
        }
        return null;
    }

    /**
     * Runs {@code first} on this worker thread, then the jobs that wait while its slot is free: handing
     * each to another thread would cost a wake-up and a sleep per action when many are due at once.
     */
    private void work(Job first) {
        Job job = first;
        while (job != null) {
            ActionResult result = run(job);
            settle(job, result);
            synchronized (lock) {
                job = result != null ? claimNext() : null;
            }
        }
    }

    /** Runs one job's handler under its watchdog; null when interrupted for another reason than timeout. */
    private ActionResult run(Job job) {
        ExecutorAction action = job.action;
        Optional<ActionHandler> handler = handlers.resolve(action.agent());
        if (handler.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED,
                    "no handler for agent class '" + action.agent().standard() + "'");
        }
        job.started = System.nanoTime();
        synchronized (job) {
            job.runner = Thread.currentThread();
        }
        job.watchdog = timer.schedule(() -> expire(job), action.timeout().toMillis(), TimeUnit.MILLISECONDS);
        ActionResult r;
        try {
            r = handler.get().execute(action);
            if (r == null) {
                r = ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.ERROR, "handler returned no result");
            }
        } catch (InterruptedException e) {
            r = null;
        } catch (RuntimeException e) {
            r = ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.ERROR, "handler failed: " + e);
        } finally {
            synchronized (job) {
                job.runner = null;
            }
            // This thread goes on to other jobs: an interrupt meant for this one must not reach them.
            Thread.interrupted();
        }
        return job.timedOut ? timeoutResult(action, job.started, "") : r;
    }

    /** The watchdog: interrupts the job's handler, and reports the timeout itself if the handler hangs on. */
    private void expire(Job job) {
        synchronized (job) {
            job.timedOut = true;
            if (job.runner != null) {
                job.runner.interrupt();
            }
        }
        job.watchdog = timer.schedule(() -> finish(job, timeoutResult(job.action, job.started,
                " (the handler did not stop within " + STOP_GRACE.toSeconds() + "s)")),
                STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ActionResult timeoutResult(ExecutorAction action, long startedNanos, String note) {
        Duration ran = Duration.ofNanos(System.nanoTime() - startedNanos);
        return new ActionResult(OcfCode.ERR_GENERIC, OpStatus.TIMEOUT,
                action.action() + " timed out after " + action.timeout().toMillis() + "ms" + note, "", ran);
    }

    /** Settles {@code job} from outside its worker (the watchdog) and gives its slot to the next job. */
    private void finish(Job job, ActionResult result) {
        if (settle(job, result)) {
            dispatch();
        }
    }

    /**
     * Marks {@code job} done, frees its slot and completes its future with {@code result}; returns false
     * when there is no result (the worker was interrupted by shutdown) or the job was settled already.
     */
    private boolean settle(Job job, ActionResult result) {
        if (result == null) {
            return false;
        }
        synchronized (lock) {
            if (job.done) {
                return false;
            }
            job.done = true;
            running--;
            busyResources.remove(job.action.resourceId());
        }
        ScheduledFuture<?> w = job.watchdog;
        if (w != null) {
            w.cancel(false);
        }
        job.result.complete(result);
        return true;
    }

    /**
     * The delay from {@code nowNanos} to a recurring action's next run: its interval, rounded up so that
     * the run falls on a grid of a hundredth of the interval (at most {@link #MAX_SLACK}). Runs due on
     * the same tick start together: the timer wakes once for all of them and each worker takes one after
     * the other, instead of a wake-up and a hand-off per run. Like a timer's slack, this delays a run by
     * at most 1% of its interval.
     */
    static long coalescedDelayNanos(long nowNanos, Duration interval) {
        long period = interval.toNanos();
        long grid = Math.max(1, Math.min(period / 100, MAX_SLACK.toNanos()));
        long due = nowNanos + period;
        long aligned = Math.floorDiv(due, grid) * grid;
        return (aligned < due ? aligned + grid : aligned) - nowNanos;
    }

    /** Cancels every recurring action and queued job; running actions are interrupted. */
    @Override
    public void close() {
        List<Job> pending = new ArrayList<>();
        List<Recurring> active;
        synchronized (lock) {
            closed = true;
            queues.values().forEach(pending::addAll);
            queues.clear();
            rotation.clear();
            active = new ArrayList<>(recurring.values());
            recurring.clear();
        }
        active.forEach(r -> r.cancel(false));
        pending.forEach(j -> j.result.complete(
                ActionResult.failed(OcfCode.ERR_GENERIC, OpStatus.CANCELLED, "executor shut down")));
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** One queued or running execution. */
    private static final class Job {
        final ExecutorAction action;
        final CompletableFuture<ActionResult> result = new CompletableFuture<>();
        volatile ScheduledFuture<?> watchdog;
        volatile boolean timedOut;
        volatile long started;
        /** The worker thread while it runs the handler; guarded by the job's monitor. */
        Thread runner;
        /** Guarded by the executor's lock. */
        boolean done;

        Job(ExecutorAction action) {
            this.action = action;
        }
    }

    /** A recurring action's state between runs. */
    private final class Recurring {
        final ExecutorAction action;
        final ResultListener listener;
        ActionResult last;
        ScheduledFuture<?> next;
        boolean cancelled;

        Recurring(ExecutorAction action, ResultListener listener) {
            this.action = action;
            this.listener = listener;
        }

        void runOnce() {
            enqueue(action).thenAccept(this::completed);
        }

        private void completed(ActionResult result) {
            boolean report;
            synchronized (lock) {
                if (cancelled || closed) {
                    return;
                }
                report = !result.sameOutcome(last);
                last = result;
                next = timer.schedule(this::runOnce, coalescedDelayNanos(System.nanoTime(), action.interval()),
                        TimeUnit.NANOSECONDS);
            }
            if (report) {
                listener.onResult(action, result);
            }
        }

        void cancel(boolean notify) {
            synchronized (lock) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                if (next != null) {
                    next.cancel(false);
                }
            }
            if (notify) {
                listener.onResult(action, ActionResult.failed(OcfCode.SUCCESS, OpStatus.CANCELLED,
                        "recurring " + action.action() + " cancelled"));
            }
        }
    }
}
